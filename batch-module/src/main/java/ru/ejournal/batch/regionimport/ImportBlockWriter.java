package ru.ejournal.batch.regionimport;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import ru.ejournal.batch.common.IdBlocks;
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
            insertStaged(c, block, stagedIds);
        }
        if (refusedIds.length > 0) {
            Timestamp now = Sql.nowUtc();
            TableRows errors = new TableRows(
                    "import_error", "id", "job_instance_id", "file_name", "line_no", "reason", "created_at");
            for (int i = 0; i < refusedIds.length; i++) {
                StagedBlock.Refused bad = block.refused().get(i);
                String reason = bad.reason().length() > 1000 ? bad.reason().substring(0, 1000) : bad.reason();
                errors.add(refusedIds[i], job.getInstanceId(), block.file(), bad.line(), reason, now);
            }
            errors.insert(c);
        }
    }

    /** The staged rows of a block: the job, the file, the line, the reserved id, then the row's values. */
    private void insertStaged(Connection c, StagedBlock block, long[] stagedIds) throws SQLException {
        int count = block.staged().get(0).values().length;
        String[] columns = new String[4 + count];
        columns[0] = "job_instance_id";
        columns[1] = "file_name";
        columns[2] = "line_no";
        columns[3] = "id";
        for (int i = 1; i <= count; i++) {
            columns[3 + i] = "c" + i;
        }
        TableRows stage = new TableRows("import_stage", columns);
        for (int i = 0; i < stagedIds.length; i++) {
            StagedBlock.Staged row = block.staged().get(i);
            Object[] values = new Object[columns.length];
            values[0] = job.getInstanceId();
            values[1] = block.file();
            values[2] = row.line();
            values[3] = stagedIds[i];
            System.arraycopy(row.values(), 0, values, 4, count);
            stage.add(values);
        }
        stage.insert(c);
    }
}
