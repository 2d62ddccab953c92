package ru.ejournal.reports.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import ru.ejournal.reports.control.ReportRules;

/**
 * The class summary sheet (сводная ведомость) of a period: pupils × subjects with each pupil's period
 * result (the period grade, else the proposed grade by the school's rule), their average and absences; the
 * totals per subject and of the class; the pupils with no result («НА») in some subject.
 */
public record SummarySheet(
        long classId,
        String className,
        long periodId,
        String periodName,
        List<Subject> subjects,
        List<Pupil> pupils,
        List<ReportRules.Tally> subjectTotals,
        ReportRules.Tally classTotal,
        List<String> withoutResult)
        implements Serializable {

    public record Subject(long id, String name, boolean passFail) implements Serializable {}

    /** A pupil's line: results in the order of {@link #subjects()} (null where the pupil has none). */
    public record Pupil(
            long studentId,
            String name,
            List<String> results,
            BigDecimal average,
            int missed,
            int missedIll,
            int missedExcused,
            int missedUnexcused,
            int late,
            ReportRules.Standing standing)
            implements Serializable {}
}
