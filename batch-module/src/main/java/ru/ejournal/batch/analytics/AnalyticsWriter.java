package ru.ejournal.batch.analytics;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import javax.sql.DataSource;
import ru.ejournal.batch.common.Ids;
import ru.ejournal.batch.common.Sql;
import ru.ejournal.batch.common.Throttle;

/**
 * Replaces the analytics rows of each school of the chunk (all its classes) for the period, and its pupils' period results
 * ({@code period_result}, the term-end reports' data), in the chunk's transaction: a restarted chunk writes
 * the same rows again.
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

    private final Ids ids = new Ids();

    @Override
    public void writeItems(List<Object> items) throws Exception {
        Timestamp now = Sql.nowUtc();
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete =
                        c.prepareStatement("DELETE FROM period_analytics WHERE school_id = ? AND study_period_id = ?");
                PreparedStatement insert = c.prepareStatement("INSERT INTO period_analytics (id, school_id,"
                        + " school_class_id, subject_id, study_period_id, students, average_mark, success_rate,"
                        + " quality_rate, missed, missed_ill, missed_excused, missed_unexcused, late, computed_at,"
                        + " job_execution_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement deleteResults =
                        c.prepareStatement("DELETE FROM period_result WHERE school_id = ? AND study_period_id = ?");
                PreparedStatement insertResult = c.prepareStatement("INSERT INTO period_result (id, school_id,"
                        + " school_class_id, student_id, subject_id, study_period_id, result, from_grade, average_mark,"
                        + " marks, missed, missed_ill, missed_excused, missed_unexcused, late, computed_at,"
                        + " job_execution_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
                        insert.setLong(1, ids.next(c));
                        insert.setLong(2, a.schoolId());
                        insert.setLong(3, a.classId());
                        insert.setLong(4, f.subjectId());
                        insert.setLong(5, a.periodId());
                        insert.setInt(6, f.students());
                        decimal(insert, 7, f.averageMark());
                        decimal(insert, 8, f.successRate());
                        decimal(insert, 9, f.qualityRate());
                        insert.setInt(10, f.missed());
                        insert.setInt(11, f.missedIll());
                        insert.setInt(12, f.missedExcused());
                        insert.setInt(13, f.missedUnexcused());
                        insert.setInt(14, f.late());
                        insert.setTimestamp(15, now);
                        insert.setLong(16, job.getExecutionId());
                        insert.addBatch();
                        for (AnalyticsRules.PupilResult r : analysis.pupils()) {
                            insertResult.setLong(1, ids.next(c));
                            insertResult.setLong(2, a.schoolId());
                            insertResult.setLong(3, a.classId());
                            insertResult.setLong(4, r.studentId());
                            insertResult.setLong(5, f.subjectId());
                            insertResult.setLong(6, a.periodId());
                            insertResult.setString(7, r.result());
                            insertResult.setBoolean(8, r.fromGrade());
                            decimal(insertResult, 9, r.averageMark());
                            insertResult.setInt(10, r.marks());
                            insertResult.setInt(11, r.missed());
                            insertResult.setInt(12, r.missedIll());
                            insertResult.setInt(13, r.missedExcused());
                            insertResult.setInt(14, r.missedUnexcused());
                            insertResult.setInt(15, r.late());
                            insertResult.setTimestamp(16, now);
                            insertResult.setLong(17, job.getExecutionId());
                            insertResult.addBatch();
                        }
                    }
                }
            }
            delete.executeBatch();
            deleteResults.executeBatch();
            insert.executeBatch();
            insertResult.executeBatch();
        }
        Throttle.pause(throttleMillis);
    }

    private static void decimal(PreparedStatement ps, int index, BigDecimal value) throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(index, Types.NUMERIC);
        } else {
            ps.setBigDecimal(index, value);
        }
    }
}
