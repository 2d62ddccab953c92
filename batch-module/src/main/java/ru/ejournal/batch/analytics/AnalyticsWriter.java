package ru.ejournal.batch.analytics;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import ru.ejournal.batch.common.IdBlocks;
import ru.ejournal.batch.common.Sql;
import ru.ejournal.batch.common.TableRows;
import ru.ejournal.batch.common.Throttle;

/**
 * Replaces the analytics rows of each school of the chunk (all its classes) for the period, and its pupils' period results
 * ({@code period_result}, the term-end reports' data), in the chunk's transaction: a restarted chunk writes
 * the same rows again. The rows go in by COPY on PostgreSQL ({@link TableRows}).
 */
@Named
public class AnalyticsWriter extends AbstractItemWriter {

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    DataSource dataSource;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String throttleMillis;

    private final IdBlocks ids = new IdBlocks();

    @Override
    public void writeItems(List<Object> items) throws Exception {
        Timestamp now = Sql.nowUtc();
        long execution = job.getExecutionId();
        TableRows analytics = new TableRows(
                "period_analytics",
                AnalyticsColumns.of(
                        List.of("id", "school_id", "school_class_id", "subject_id", "study_period_id"),
                        AnalyticsColumns.FIGURES,
                        AnalyticsColumns.STAMP));
        TableRows results = new TableRows(
                "period_result",
                AnalyticsColumns.of(
                        List.of(
                                "id",
                                "school_id",
                                "school_class_id",
                                "student_id",
                                "subject_id",
                                "study_period_id",
                                "result",
                                "from_grade",
                                "average_mark",
                                "marks"),
                        AnalyticsColumns.ABSENCES,
                        AnalyticsColumns.STAMP));
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete =
                        c.prepareStatement("DELETE FROM period_analytics WHERE school_id = ? AND study_period_id = ?");
                PreparedStatement deleteResults =
                        c.prepareStatement("DELETE FROM period_result WHERE school_id = ? AND study_period_id = ?")) {
            // the ids of the chunk's rows in one round trip (1.5 million pupils' results at size L)
            ids.reserve(
                    c,
                    items.stream()
                            .flatMap(item -> ((SchoolAnalytics) item).classes().stream())
                            .flatMap(a -> a.figures().stream())
                            .mapToInt(analysis -> 1 + analysis.pupils().size())
                            .sum(),
                    1);
            for (Object item : items) {
                SchoolAnalytics school = (SchoolAnalytics) item;
                if (school.periodId() == null) {
                    continue;
                }
                delete.setLong(1, school.schoolId());
                delete.setLong(2, school.periodId());
                delete.addBatch();
                deleteResults.setLong(1, school.schoolId());
                deleteResults.setLong(2, school.periodId());
                deleteResults.addBatch();
                for (ClassAnalytics a : school.classes()) {
                    for (AnalyticsRules.SubjectAnalysis analysis : a.figures()) {
                        AnalyticsRules.Figures f = analysis.figures();
                        analytics.add(
                                ids.take(1),
                                a.schoolId(),
                                a.classId(),
                                f.subjectId(),
                                a.periodId(),
                                f.students(),
                                f.averageMark(),
                                f.successRate(),
                                f.qualityRate(),
                                f.absences().missed(),
                                f.absences().ill(),
                                f.absences().excused(),
                                f.absences().unexcused(),
                                f.absences().late(),
                                now,
                                execution);
                        for (AnalyticsRules.PupilResult r : analysis.pupils()) {
                            results.add(
                                    ids.take(1),
                                    a.schoolId(),
                                    a.classId(),
                                    r.studentId(),
                                    f.subjectId(),
                                    a.periodId(),
                                    r.result(),
                                    r.fromGrade(),
                                    r.averageMark(),
                                    r.marks(),
                                    r.absences().missed(),
                                    r.absences().ill(),
                                    r.absences().excused(),
                                    r.absences().unexcused(),
                                    r.absences().late(),
                                    now,
                                    execution);
                        }
                    }
                }
            }
            delete.executeBatch();
            deleteResults.executeBatch();
            analytics.insert(c);
            results.insert(c);
        }
        Throttle.pause(throttleMillis);
    }
}
