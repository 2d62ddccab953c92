package ru.ejournal.batch.reconciliation;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import javax.sql.DataSource;
import ru.ejournal.batch.common.DateRange;
import ru.ejournal.batch.common.Ids;
import ru.ejournal.batch.common.Sql;
import ru.ejournal.batch.common.Throttle;
import ru.ejournal.common.control.Texts;

/**
 * For each class of the chunk's schools, in the chunk's transaction: removes the class's open findings of the
 * range (EXCUSE_APPLIED records of earlier runs stay: they document a correction made), turns
 * excused «Н» into «Б»/«У» with a change-history record, and stores the new findings. A school is
 * done completely or not at all, so a restart neither loses nor doubles anything.
 */
@Named
public class ReconciliationWriter extends AbstractItemWriter {

    static final String CHANGED_BY = "attendance-reconciliation";

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    DataSource dataSource;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String from;

    @Inject
    @BatchProperty
    String to;

    @Inject
    @BatchProperty
    String throttleMillis;

    private final Ids ids = new Ids();

    @Override
    public void writeItems(List<Object> items) throws Exception {
        DateRange range = DateRange.of(from, to);
        Timestamp now = Sql.nowUtc();
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement(
                        "DELETE FROM reconciliation_finding WHERE school_class_id = ?"
                                + " AND finding_date BETWEEN ? AND ? AND status = 'OPEN' AND kind <> 'EXCUSE_APPLIED'");
                PreparedStatement correct = c.prepareStatement(
                        "UPDATE absence SET code = ?, version = version + 1 WHERE id = ? AND code = 'N'");
                PreparedStatement history = c.prepareStatement("INSERT INTO change_record (id, school_id, entity_type,"
                        + " entity_id, field, old_value, new_value, changed_by, changed_at, reason)"
                        + " VALUES (?, ?, 'Absence', ?, 'code', 'N', ?, ?, ?, ?)");
                PreparedStatement insert = c.prepareStatement("INSERT INTO reconciliation_finding (id, school_id,"
                        + " school_class_id, student_id, lesson_id, finding_date, kind, status, found_at, job_execution_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)")) {
            for (ClassReconciliation r : items.stream()
                    .flatMap(item -> ((SchoolReconciliation) item).classes().stream())
                    .toList()) {
                delete.setLong(1, r.classId());
                delete.setDate(2, Date.valueOf(range.from()));
                delete.setDate(3, Date.valueOf(range.to()));
                delete.addBatch();
                for (ReconciliationRules.Correction k : r.corrections()) {
                    correct.setString(1, k.newCode());
                    correct.setLong(2, k.absenceId());
                    correct.addBatch();
                    history.setLong(1, ids.next(c));
                    history.setLong(2, r.schoolId());
                    history.setLong(3, k.absenceId());
                    history.setString(4, k.newCode());
                    history.setString(5, CHANGED_BY);
                    history.setTimestamp(6, now);
                    history.setString(
                            7,
                            k.newCode().equals("B")
                                    ? Texts.text("batch.reconciliation.illness")
                                    : Texts.text("batch.reconciliation.excused"));
                    history.addBatch();
                }
                for (ReconciliationRules.Finding f : r.findings()) {
                    insert.setLong(1, ids.next(c));
                    insert.setLong(2, r.schoolId());
                    insert.setLong(3, r.classId());
                    setNullable(insert, 4, f.studentId());
                    setNullable(insert, 5, f.lessonId());
                    insert.setDate(6, Date.valueOf(f.date()));
                    insert.setString(7, f.kind());
                    insert.setTimestamp(8, now);
                    insert.setLong(9, job.getExecutionId());
                    insert.addBatch();
                }
            }
            delete.executeBatch();
            correct.executeBatch();
            history.executeBatch();
            insert.executeBatch();
        }
        Throttle.pause(throttleMillis);
    }

    private static void setNullable(PreparedStatement ps, int index, Long value) throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
