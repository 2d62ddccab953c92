package ru.ejournal.batch.reconciliation;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import ru.ejournal.batch.common.CsvExport;
import ru.ejournal.batch.common.DateRange;
import ru.ejournal.batch.common.OutputFiles;

/** Writes {@code reconciliation-findings.csv}: the findings of the run's schools and range, sorted. */
@Named
public class FindingsExportBatchlet extends AbstractBatchlet {

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    DataSource dataSource;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String schoolCode;

    @Inject
    @BatchProperty
    String from;

    @Inject
    @BatchProperty
    String to;

    @Override
    public String process() throws Exception {
        DateRange range = DateRange.of(from, to);
        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(range.from()), Date.valueOf(range.to())));
        String sql = "SELECT s.code, c.code, st.code, f.finding_date, l.code, f.kind FROM reconciliation_finding f"
                + " JOIN school s ON s.id = f.school_id JOIN school_class c ON c.id = f.school_class_id"
                + " LEFT JOIN student st ON st.id = f.student_id LEFT JOIN lesson l ON l.id = f.lesson_id"
                + " WHERE f.finding_date BETWEEN ? AND ?";
        if (schoolCode != null && !schoolCode.isBlank()) {
            sql += " AND s.code = ?";
            parameters.add(schoolCode.trim());
        }
        try (Connection c = dataSource.getConnection()) {
            int rows = CsvExport.write(
                    c,
                    sql,
                    parameters,
                    List.of("school_code", "class_code", "student_code", "date", "lesson_code", "finding"),
                    6,
                    OutputFiles.directory(
                                    job.getJobName(),
                                    job.getInstanceId(),
                                    BatchRuntime.getJobOperator().getParameters(job.getExecutionId()))
                            .resolve("reconciliation-findings.csv"));
            job.setExitStatus("COMPLETED:" + rows);
        }
        return "COMPLETED";
    }
}
