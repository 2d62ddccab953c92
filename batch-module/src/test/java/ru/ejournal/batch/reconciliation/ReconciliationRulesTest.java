package ru.ejournal.batch.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReconciliationRulesTest {

    private static final LocalDate CLOSED_DAY = LocalDate.of(2025, 10, 20);
    private static final LocalDate OPEN_DAY = LocalDate.of(2025, 11, 10);

    private static ReconciliationRules.Result run(List<ReconciliationRules.ClosedRange> closed) {
        return ReconciliationRules.apply(
                List.of(
                        new ReconciliationRules.LessonData(1, null, CLOSED_DAY, 1, true),
                        new ReconciliationRules.LessonData(2, null, OPEN_DAY, 1, true)),
                List.of(7L),
                Map.of(),
                List.of(
                        new ReconciliationRules.AbsenceData(11, 1, 7, "N"),
                        new ReconciliationRules.AbsenceData(12, 2, 7, "N")),
                Set.of(),
                List.of(
                        new ReconciliationRules.ExcuseData(7, CLOSED_DAY, CLOSED_DAY, "ILLNESS"),
                        new ReconciliationRules.ExcuseData(7, OPEN_DAY, OPEN_DAY, "OTHER")),
                closed);
    }

    @Test
    @DisplayName("An excused «Н» of a closed period is reported, not corrected; one of an open period is corrected")
    void closedPeriodIsReportedNotCorrected() {
        ReconciliationRules.Result result =
                run(List.of(new ReconciliationRules.ClosedRange(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 26))));

        assertEquals(List.of(new ReconciliationRules.Correction(12, 7, "U")), result.corrections());
        assertEquals(
                List.of(
                        new ReconciliationRules.Finding("EXCUSE_IN_CLOSED_PERIOD", 7L, 1L, CLOSED_DAY),
                        new ReconciliationRules.Finding("EXCUSE_APPLIED", 7L, 2L, OPEN_DAY)),
                result.findings());
    }

    @Test
    @DisplayName("Without closed periods both excused absences are corrected")
    void openPeriodsAreCorrected() {
        assertEquals(2, run(List.of()).corrections().size());
    }
}
