package ru.ejournal.batch.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.ejournal.batch.analytics.AnalyticsRules.Figures;
import ru.ejournal.batch.analytics.AnalyticsRules.MarkData;
import ru.ejournal.batch.analytics.AnalyticsRules.Rule;

class AnalyticsRulesTest {

    private static final Rule DEFAULT = new Rule(new BigDecimal("0.50"), 3);
    private static final Rule STRICT = new Rule(new BigDecimal("0.75"), 4);

    /** Student 1: 4, 4, 3 (3.67); student 2: 5, 5, 5, 4 (4.75); student 3: 2, 3 (2.50, two marks). */
    private static final List<MarkData> MARKS = List.of(
            new MarkData(1, "4", 1),
            new MarkData(1, "4", 1),
            new MarkData(1, "3", 1),
            new MarkData(2, "5", 1),
            new MarkData(2, "5", 1),
            new MarkData(2, "5", 1),
            new MarkData(2, "4", 1),
            new MarkData(3, "2", 1),
            new MarkData(3, "3", 1));

    @Test
    @DisplayName("The default rule: 3.67 → «4», 4.75 → «5», two marks → «НА»")
    void defaultRule() {
        Figures f = AnalyticsRules.figures(7, false, DEFAULT, List.of(1L, 2L, 3L), MARKS, Map.of(), List.of());
        assertEquals(new BigDecimal("66.7"), f.successRate());
        assertEquals(new BigDecimal("66.7"), f.qualityRate());
        // (3.666… + 4.75 + 2.5) / 3
        assertEquals(new BigDecimal("3.64"), f.averageMark());
    }

    @Test
    @DisplayName("Threshold 0.75 and minimum 4: 3.67 → «3», 4.75 → «5», three marks → «НА»")
    void schoolRule() {
        Figures f = AnalyticsRules.figures(7, false, STRICT, List.of(1L, 2L, 3L), MARKS, Map.of(), List.of());
        // student 1 has only three marks: «НА»; student 2: «5»; student 3: «НА»
        assertEquals(new BigDecimal("33.3"), f.successRate());
        assertEquals(new BigDecimal("33.3"), f.qualityRate());
    }

    @Test
    @DisplayName("A period grade wins over the proposed grade")
    void periodGradeWins() {
        Figures f = AnalyticsRules.figures(
                7, false, DEFAULT, List.of(1L, 2L, 3L), MARKS, Map.of(3L, "3", 2L, "2"), List.of());
        // 1: proposed «4»; 2: grade «2»; 3: grade «3»
        assertEquals(new BigDecimal("66.7"), f.successRate());
        assertEquals(new BigDecimal("33.3"), f.qualityRate());
    }

    @Test
    @DisplayName("Pass/fail: «ЗАЧ» from half of the marks, no quality rate")
    void passFail() {
        List<MarkData> marks = List.of(
                new MarkData(1, "ЗАЧ", 1),
                new MarkData(1, "НЕЗАЧ", 1),
                new MarkData(1, "ЗАЧ", 1),
                new MarkData(2, "НЕЗАЧ", 1),
                new MarkData(2, "НЕЗАЧ", 1),
                new MarkData(2, "ЗАЧ", 1));
        Figures f = AnalyticsRules.figures(8, true, DEFAULT, List.of(1L, 2L), marks, Map.of(), List.of());
        assertEquals(new BigDecimal("50.0"), f.successRate());
        assertNull(f.qualityRate());
        assertNull(f.averageMark());
    }

    @Test
    @DisplayName("Absences are counted by their stored codes; late arrivals are not missed lessons")
    void absences() {
        Figures f = AnalyticsRules.figures(
                7, false, DEFAULT, List.of(1L), List.of(), Map.of(), List.of("N", "B", "B", "U", "P", "OP"));
        assertEquals(5, f.absences().missed());
        assertEquals(2, f.absences().ill());
        assertEquals(1, f.absences().excused());
        assertEquals(2, f.absences().unexcused());
        assertEquals(1, f.absences().late());
    }

    @Test
    @DisplayName("Each pupil's absences stand in their result, and the class's are their sum")
    void pupilAbsences() {
        AnalyticsRules.SubjectAnalysis analysis = AnalyticsRules.analyse(
                7,
                false,
                DEFAULT,
                List.of(1L, 2L),
                List.of(),
                Map.of(),
                Map.of(1L, List.of("N", "OP"), 2L, List.of("B", "U", "P")));
        assertEquals(
                new AnalyticsRules.Absences(1, 0, 0, 1, 1),
                analysis.pupils().get(0).absences());
        assertEquals(
                new AnalyticsRules.Absences(3, 1, 1, 1, 0),
                analysis.pupils().get(1).absences());
        assertEquals(
                new AnalyticsRules.Absences(4, 1, 1, 2, 1), analysis.figures().absences());
    }
}
