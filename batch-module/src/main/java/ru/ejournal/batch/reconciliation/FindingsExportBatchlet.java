package ru.ejournal.batch.reconciliation;

import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Date;
import java.util.List;
import ru.ejournal.batch.common.CsvExportBatchlet;
import ru.ejournal.batch.common.DateRange;

/** Writes {@code reconciliation-findings.csv}: the findings of the run's schools and range, sorted. */
@Named
public class FindingsExportBatchlet extends CsvExportBatchlet {

    @Inject
    @BatchProperty
    String from;

    @Inject
    @BatchProperty
    String to;

    public FindingsExportBatchlet() {
        super(
                "reconciliation-findings.csv",
                List.of("school_code", "class_code", "student_code", "date", "lesson_code", "finding"),
                6);
    }

    @Override
    protected String sql() {
        return "SELECT s.code, c.code, st.code, f.finding_date, l.code, f.kind FROM reconciliation_finding f"
                + " JOIN school s ON s.id = f.school_id JOIN school_class c ON c.id = f.school_class_id"
                + " LEFT JOIN student st ON st.id = f.student_id LEFT JOIN lesson l ON l.id = f.lesson_id"
                + " WHERE f.finding_date BETWEEN ? AND ?";
    }

    @Override
    protected List<Object> parameters() {
        DateRange range = DateRange.of(from, to);
        return List.of(Date.valueOf(range.from()), Date.valueOf(range.to()));
    }
}
