package ru.ejournal.batch.analytics;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import ru.ejournal.batch.common.CsvExport;
import ru.ejournal.batch.common.OutputFiles;

/** Writes {@code period-analytics.csv} of the period (and school), sorted by school, class, subject. */
@Named
public class AnalyticsExportBatchlet extends AbstractBatchlet {

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    DataSource dataSource;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String schoolCode;

    @Inject
    @BatchProperty
    String periodCode;

    @Override
    public String process() throws Exception {
        List<Object> parameters = new ArrayList<>(List.of(periodCode.trim()));
        String sql =
                "SELECT s.code, c.code, j.code, p.code, a.students, a.average_mark, a.success_rate, a.quality_rate,"
                        + " a.missed, a.missed_ill, a.missed_excused, a.missed_unexcused, a.late FROM period_analytics a"
                        + " JOIN school s ON s.id = a.school_id JOIN school_class c ON c.id = a.school_class_id"
                        + " JOIN subject j ON j.id = a.subject_id JOIN study_period p ON p.id = a.study_period_id"
                        // the period the job computed: the current year's of that code, else the latest
                        + " WHERE p.code = ? AND p.id = (SELECT p2.id FROM study_period p2"
                        + " JOIN academic_year y2 ON y2.id = p2.academic_year_id"
                        + " WHERE p2.school_id = p.school_id AND p2.code = p.code"
                        + " ORDER BY CASE WHEN y2.is_current THEN 1 ELSE 0 END DESC, p2.end_date DESC LIMIT 1)";
        if (schoolCode != null && !schoolCode.isBlank()) {
            sql += " AND s.code = ?";
            parameters.add(schoolCode.trim());
        }
        try (Connection c = dataSource.getConnection()) {
            int rows = CsvExport.write(
                    c,
                    sql,
                    parameters,
                    List.of(
                            "school_code",
                            "class_code",
                            "subject_code",
                            "period_code",
                            "students",
                            "average_mark",
                            "success_rate",
                            "quality_rate",
                            "missed",
                            "missed_ill",
                            "missed_excused",
                            "missed_unexcused",
                            "late"),
                    4,
                    OutputFiles.directory(
                                    job.getJobName(),
                                    job.getInstanceId(),
                                    BatchRuntime.getJobOperator().getParameters(job.getExecutionId()))
                            .resolve("period-analytics.csv"));
            job.setExitStatus("COMPLETED:" + rows);
        }
        return "COMPLETED";
    }
}
