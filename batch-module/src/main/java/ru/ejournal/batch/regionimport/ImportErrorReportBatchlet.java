package ru.ejournal.batch.regionimport;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import javax.sql.DataSource;
import ru.ejournal.batch.common.Csv;
import ru.ejournal.batch.common.OutputFiles;

/** Writes {@code import-errors.csv} (file,line,reason) of the job instance, in file and line order. */
@Named
public class ImportErrorReportBatchlet extends AbstractBatchlet {

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    DataSource dataSource;

    @Inject
    JobContext job;

    @Override
    public String process() throws Exception {
        Path dir = OutputFiles.directory(
                job.getJobName(),
                job.getInstanceId(),
                BatchRuntime.getJobOperator().getParameters(job.getExecutionId()));
        Path report = dir.resolve("import-errors.csv");
        int count = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT file_name, line_no, reason FROM import_error"
                        + " WHERE job_instance_id = ? ORDER BY id");
                Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            ps.setLong(1, job.getInstanceId());
            Csv.write(out, List.of("file", "line", "reason"));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Csv.write(out, List.of(rs.getString(1), Long.toString(rs.getLong(2)), rs.getString(3)));
                    count++;
                }
            }
        }
        job.setExitStatus(count == 0 ? "COMPLETED" : "COMPLETED_WITH_ERRORS:" + count);
        return "COMPLETED";
    }
}
