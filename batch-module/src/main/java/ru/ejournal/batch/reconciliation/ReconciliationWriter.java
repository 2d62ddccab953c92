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
import java.util.List;
import javax.sql.DataSource;
import ru.ejournal.batch.common.DateRange;
import ru.ejournal.batch.common.IdBlocks;
import ru.ejournal.batch.common.Sql;
import ru.ejournal.batch.common.TableRows;
import ru.ejournal.batch.common.Throttle;
import ru.ejournal.common.control.Texts;

/**
 * For each class of the chunk's schools, in the chunk's transaction: removes the class's open findings of the
 * range (EXCUSE_APPLIED records of earlier runs stay: they document a correction made), turns
 * excused «Н» into «Б»/«У» with a change-history record, and stores the new findings (the history and the
 * findings by COPY on PostgreSQL, {@link TableRows}). A school is
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

    private final IdBlocks ids = new IdBlocks();

    @Override
    public void writeItems(List<Object> items) throws Exception {
        DateRange range = DateRange.of(from, to);
        Timestamp now = Sql.nowUtc();
        List<ClassReconciliation> classes = items.stream()
                .flatMap(item -> ((SchoolReconciliation) item).classes().stream())
                .toList();
        TableRows history = new TableRows(
                "change_record",
                "id",
                "school_id",
                "entity_type",
                "entity_id",
                "field",
                "old_value",
                "new_value",
                "changed_by",
                "changed_at",
                "reason");
        TableRows findings = new TableRows(
                "reconciliation_finding",
                "id",
                "school_id",
                "school_class_id",
                "student_id",
                "lesson_id",
                "finding_date",
                "kind",
                "status",
                "found_at",
                "job_execution_id");
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement(
                        "DELETE FROM reconciliation_finding WHERE school_class_id = ?"
                                + " AND finding_date BETWEEN ? AND ? AND status = 'OPEN' AND kind <> 'EXCUSE_APPLIED'");
                PreparedStatement correct = c.prepareStatement(
                        "UPDATE absence SET code = ?, version = version + 1 WHERE id = ? AND code = 'N'")) {
            // one round trip for the ids of the chunk's history and findings
            ids.reserve(
                    c,
                    classes.stream()
                            .mapToInt(r -> r.corrections().size() + r.findings().size())
                            .sum(),
                    1);
            for (ClassReconciliation r : classes) {
                delete.setLong(1, r.classId());
                delete.setDate(2, Date.valueOf(range.from()));
                delete.setDate(3, Date.valueOf(range.to()));
                delete.addBatch();
                for (ReconciliationRules.Correction k : r.corrections()) {
                    correct.setString(1, k.newCode());
                    correct.setLong(2, k.absenceId());
                    correct.addBatch();
                    history.add(
                            ids.take(1),
                            r.schoolId(),
                            "Absence",
                            k.absenceId(),
                            "code",
                            "N",
                            k.newCode(),
                            CHANGED_BY,
                            now,
                            k.newCode().equals("B")
                                    ? Texts.text("batch.reconciliation.illness")
                                    : Texts.text("batch.reconciliation.excused"));
                }
                for (ReconciliationRules.Finding f : r.findings()) {
                    findings.add(
                            ids.take(1),
                            r.schoolId(),
                            r.classId(),
                            f.studentId(),
                            f.lessonId(),
                            Date.valueOf(f.date()),
                            f.kind(),
                            "OPEN",
                            now,
                            job.getExecutionId());
                }
            }
            delete.executeBatch();
            correct.executeBatch();
            history.insert(c);
            findings.insert(c);
        }
        Throttle.pause(throttleMillis);
    }
}
