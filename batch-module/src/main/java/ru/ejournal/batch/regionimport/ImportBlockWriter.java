package ru.ejournal.batch.regionimport;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import ru.ejournal.batch.common.Sql;
import ru.ejournal.batch.common.TableRows;
import ru.ejournal.batch.common.Throttle;

/**
 * Writes a checked block into the staging table {@code import_stage} (PostgreSQL: {@code COPY} through
 * the driver's CopyManager; H2: a JDBC batch) with the ids reserved for each row, and the refused records
 * into the error report; with the file's last block, {@link StagedLoad} loads the whole file set-based.
 * All in the chunk's transaction, which commits with the reader's checkpoint: a restart neither loses nor
 * repeats a block, and the load happens once. The step's counts are of records, not of blocks
 * ({@link StepCounts}): read, written (inserted), skipped (refused), filtered (already loaded).
 */
@Named
public class ImportBlockWriter extends AbstractItemWriter {

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    DataSource dataSource;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String throttleMillis;

    private final IdBlocks ids = new IdBlocks();

    @Override
    public void writeItems(List<Object> items) throws Exception {
        long read = 0;
        long refused = 0;
        long inserted = 0;
        long filtered = 0;
        try (Connection c = dataSource.getConnection()) {
            for (Object item : items) {
                StagedBlock block = (StagedBlock) item;
                read += block.read();
                refused += block.refused().size();
                stage(c, block);
                if (block.last()) {
                    StagedLoad.Result result = StagedLoad.load(c, job.getInstanceId(), block.file(), Sql.nowUtc());
                    refused += result.refused();
                    inserted += result.inserted();
                    filtered += result.staged() - result.refused() - result.inserted();
                }
            }
        }
        StepCounts.add(step, Metric.MetricType.READ_COUNT, read - items.size());
        StepCounts.add(step, Metric.MetricType.WRITE_COUNT, inserted - items.size());
        StepCounts.add(step, Metric.MetricType.PROCESS_SKIP_COUNT, refused);
        StepCounts.add(step, Metric.MetricType.FILTER_COUNT, filtered);
        Throttle.pause(throttleMillis);
    }

    private void stage(Connection c, StagedBlock block) throws SQLException {
        int size = StagedLoad.idsPerRow(block.file());
        int rows = block.staged().size() + block.refused().size();
        ids.reserve(c, rows, size);
        long[] stagedIds = new long[block.staged().size()];
        long[] refusedIds = new long[block.refused().size()];
        // ids in line order, so that the error report (ordered by id) lists a file's lines in order
        for (int s = 0, r = 0; s < stagedIds.length || r < refusedIds.length; ) {
            if (r == refusedIds.length
                    || (s < stagedIds.length
                            && block.staged().get(s).line()
                                    < block.refused().get(r).line())) {
                stagedIds[s++] = ids.take(size);
            } else {
                refusedIds[r++] = ids.take(size);
            }
        }
        if (stagedIds.length > 0) {
            if (Sql.isPostgres(c)) {
                copy(c, block, stagedIds);
            } else {
                batch(c, block, stagedIds);
            }
        }
        if (refusedIds.length > 0) {
            Timestamp now = Sql.nowUtc();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_error (id, job_instance_id, file_name,"
                    + " line_no, reason, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < refusedIds.length; i++) {
                    StagedBlock.Refused bad = block.refused().get(i);
                    ps.setLong(1, refusedIds[i]);
                    ps.setLong(2, job.getInstanceId());
                    ps.setString(3, block.file());
                    ps.setLong(4, bad.line());
                    ps.setString(5, bad.reason().length() > 1000 ? bad.reason().substring(0, 1000) : bad.reason());
                    ps.setTimestamp(6, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static String columns(int count) {
        StringBuilder sql = new StringBuilder("job_instance_id, file_name, line_no, id");
        for (int i = 1; i <= count; i++) {
            sql.append(", c").append(i);
        }
        return sql.toString();
    }

    /** COPY in text format: tab-separated, {@code \N} for null, backslash escapes. */
    private void copy(Connection c, StagedBlock block, long[] stagedIds) throws SQLException {
        int count = block.staged().get(0).values().length;
        StringBuilder data = new StringBuilder(block.staged().size() * 80);
        String prefix = job.getInstanceId() + "\t" + block.file() + "\t";
        for (int i = 0; i < stagedIds.length; i++) {
            StagedBlock.Staged row = block.staged().get(i);
            data.append(prefix).append(row.line()).append('\t').append(stagedIds[i]);
            for (String value : row.values()) {
                data.append('\t');
                TableRows.appendCopyValue(data, value);
            }
            data.append('\n');
        }
        try {
            c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY import_stage (" + columns(count) + ") FROM STDIN", new StringReader(data.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException("COPY into import_stage failed", e);
        }
    }

    private void batch(Connection c, StagedBlock block, long[] stagedIds) throws SQLException {
        int count = block.staged().get(0).values().length;
        StringBuilder sql = new StringBuilder("INSERT INTO import_stage (" + columns(count) + ") VALUES (?, ?, ?, ?");
        sql.append(", ?".repeat(count)).append(')');
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < stagedIds.length; i++) {
                StagedBlock.Staged row = block.staged().get(i);
                ps.setLong(1, job.getInstanceId());
                ps.setString(2, block.file());
                ps.setLong(3, row.line());
                ps.setLong(4, stagedIds[i]);
                for (int v = 0; v < count; v++) {
                    ps.setString(5 + v, row.values()[v]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
