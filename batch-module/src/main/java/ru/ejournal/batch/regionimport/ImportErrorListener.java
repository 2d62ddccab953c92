package ru.ejournal.batch.regionimport;

import jakarta.annotation.Resource;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import ru.ejournal.batch.common.IdBlocks;
import ru.ejournal.batch.common.Sql;

/** Writes a skipped row to the error report (table {@code import_error}) in the chunk's transaction. */
@Named
public class ImportErrorListener implements SkipProcessListener {

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    DataSource dataSource;

    @Inject
    JobContext job;

    private final IdBlocks ids = new IdBlocks();

    @Override
    public void onSkipProcessItem(Object item, Exception ex) throws Exception {
        ImportRow row = (ImportRow) item;
        String reason = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO import_error (id, job_instance_id, file_name,"
                        + " line_no, reason, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, ids.next(c));
            ps.setLong(2, job.getInstanceId());
            ps.setString(3, row.file());
            ps.setLong(4, row.line());
            ps.setString(5, reason.length() > 1000 ? reason.substring(0, 1000) : reason);
            ps.setTimestamp(6, Sql.nowUtc());
            ps.executeUpdate();
        }
    }
}
