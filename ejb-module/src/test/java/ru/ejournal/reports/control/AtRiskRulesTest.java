package ru.ejournal.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.ejournal.journal.control.Averages.Weighted;
import ru.ejournal.reports.entity.AtRiskVerdict;
import ru.ejournal.school.entity.StudyPeriodKind;

/** The rule of the pupils at risk and its reasons in words (docs/reports.md «Ученики группы риска»). */
class AtRiskRulesTest {

    /** The defaults: threshold 0.50, 3 marks, grade «2», 1 mark a week, 5 unexcused absences. */
    private static final AtRiskRules.Thresholds DEFAULTS =
            new AtRiskRules.Thresholds(new BigDecimal("0.50"), 3, 2, 1, 5);

    private static List<Weighted> marks(String... values) {
        return Stream.of(values).map(v -> new Weighted(v, 1)).toList();
    }

    private static AtRiskVerdict judge(List<Weighted> marks, int unexcused, int weeksLeft) {
        return AtRiskRules.judge(DEFAULTS, StudyPeriodKind.QUARTER, false, marks, null, unexcused, weeksLeft);
    }

    @Test
    @DisplayName("Marks 2, 2, 3: average 2,33 rounds to «2»: at risk, in the issue's words")
    void lowAverage() {
        AtRiskVerdict v = judge(marks("2", "2", "3"), 0, 2);
        assertTrue(v.lowGrade());
        assertFalse(v.fewMarks());
        assertFalse(v.absences());
        assertEquals("2", v.proposed());
        assertEquals(new BigDecimal("2.33"), v.average());
        assertEquals("3 отметки, средний 2,33; до конца четверти 2 недели", v.reason());
    }

    @Test
    @DisplayName("Marks 2, 3: 2,50 rounds to «3» by the school's threshold 0.50, to «2» with 0.60")
    void roundingByTheSchoolsRule() {
        assertFalse(judge(marks("2", "3"), 0, 5).atRisk(), "2,50 → «3», and 1 missing mark fits in 5 weeks");
        AtRiskVerdict strict = AtRiskRules.judge(
                new AtRiskRules.Thresholds(new BigDecimal("0.60"), 3, 2, 1, 5),
                StudyPeriodKind.QUARTER,
                false,
                marks("2", "3"),
                null,
                0,
                5);
        assertTrue(strict.lowGrade());
        assertEquals("НА", strict.proposed(), "two marks of three: the school's rule proposes «НА»");
        assertEquals("2 отметки, средний 2,50; до конца четверти 5 недель", strict.reason());
    }

    @Test
    @DisplayName("The at-risk grade «3» puts an average of 3,00 on the list too")
    void gradeThree() {
        AtRiskRules.Thresholds three = new AtRiskRules.Thresholds(new BigDecimal("0.50"), 3, 3, 1, 5);
        assertTrue(AtRiskRules.judge(three, StudyPeriodKind.QUARTER, false, marks("3", "3", "3"), null, 0, 3)
                .lowGrade());
        assertFalse(judge(marks("3", "3", "3"), 0, 3).atRisk());
    }

    @Test
    @DisplayName("Too few marks: missing marks more than the weeks left can bring")
    void fewMarks() {
        AtRiskVerdict none = judge(List.of(), 0, 1);
        assertTrue(none.fewMarks());
        assertFalse(none.lowGrade());
        assertNull(none.average());
        assertEquals("НА", none.proposed());
        assertEquals("нет отметок; до конца четверти 1 неделя", none.reason());
        assertFalse(judge(List.of(), 0, 3).atRisk(), "3 missing marks in 3 weeks at one a week: in time");
        assertTrue(judge(List.of(), 0, 2).fewMarks(), "3 missing marks in 2 weeks");
        assertFalse(judge(marks("4", "5"), 0, 1).atRisk(), "one missing mark in the last week: in time");
        AtRiskVerdict twoPerWeek = AtRiskRules.judge(
                new AtRiskRules.Thresholds(new BigDecimal("0.50"), 3, 2, 2, 5),
                StudyPeriodKind.TRIMESTER,
                false,
                List.of(),
                null,
                0,
                1);
        assertTrue(twoPerWeek.fewMarks(), "3 missing > 1 week × 2");
        assertEquals("нет отметок; до конца триместра 1 неделя", twoPerWeek.reason());
    }

    @Test
    @DisplayName("Unexcused absences from the school's number on; the words with the right plural")
    void absences() {
        AtRiskVerdict v = judge(marks("4", "4", "5"), 5, 4);
        assertTrue(v.absences());
        assertFalse(v.lowGrade());
        assertEquals("5 пропусков без уважительной причины", v.reason());
        assertFalse(judge(marks("4", "4", "5"), 4, 4).atRisk());
        AtRiskVerdict both = judge(marks("2", "2", "2", "3"), 22, 3);
        assertEquals(
                "4 отметки, средний 2,25; до конца четверти 3 недели; 22 пропуска без уважительной причины",
                both.reason());
    }

    @Test
    @DisplayName("A teacher's period grade decides over the average; «НА» and «НЕЗАЧ» are at risk")
    void periodGrade() {
        AtRiskVerdict three =
                AtRiskRules.judge(DEFAULTS, StudyPeriodKind.QUARTER, false, marks("2", "2", "2"), "3", 0, 1);
        assertFalse(three.atRisk());
        AtRiskVerdict na = AtRiskRules.judge(DEFAULTS, StudyPeriodKind.HALF_YEAR, false, List.of(), "НА", 0, 1);
        assertTrue(na.lowGrade());
        assertFalse(na.fewMarks());
        assertEquals("отметка за период «н/а»; до конца полугодия 1 неделя", na.reason());
    }

    @Test
    @DisplayName("Pass/fail: most marks «НЕЗАЧ» is at risk, no average in the words")
    void passFail() {
        AtRiskVerdict v =
                AtRiskRules.judge(DEFAULTS, StudyPeriodKind.QUARTER, true, marks("НЕЗАЧ", "НЕЗАЧ", "ЗАЧ"), null, 0, 2);
        assertTrue(v.lowGrade());
        assertEquals("НЕЗАЧ", v.proposed());
        assertEquals("3 отметки; до конца четверти 2 недели", v.reason());
        assertFalse(AtRiskRules.judge(DEFAULTS, StudyPeriodKind.QUARTER, true, marks("ЗАЧ", "ЗАЧ", "ЗАЧ"), null, 0, 2)
                .atRisk());
    }

    @Test
    @DisplayName("From the third week of the period to its last day; weeks left count the begun week")
    void whenAndWeeks() {
        LocalDate start = LocalDate.of(2026, 9, 1);
        LocalDate end = LocalDate.of(2026, 10, 24);
        assertFalse(AtRiskRules.applies(start, end, LocalDate.of(2026, 9, 14)));
        assertTrue(AtRiskRules.applies(start, end, LocalDate.of(2026, 9, 15)));
        assertTrue(AtRiskRules.applies(start, end, end));
        assertFalse(AtRiskRules.applies(start, end, end.plusDays(1)));
        assertEquals(1, AtRiskRules.weeksLeft(end, end));
        assertEquals(1, AtRiskRules.weeksLeft(end.minusDays(6), end));
        assertEquals(2, AtRiskRules.weeksLeft(end.minusDays(7), end));
        assertEquals(2, AtRiskRules.weeksLeft(LocalDate.of(2026, 10, 11), end));
    }

    @Test
    @DisplayName("Russian plurals: 1 отметка, 2 отметки, 5 отметок, 11 отметок, 21 отметка, 112 отметок")
    void plurals() {
        String[] forms = {"отметка", "отметки", "отметок"};
        assertEquals("отметка", AtRiskRules.plural(1, forms[0], forms[1], forms[2]));
        assertEquals("отметки", AtRiskRules.plural(2, forms[0], forms[1], forms[2]));
        assertEquals("отметки", AtRiskRules.plural(4, forms[0], forms[1], forms[2]));
        assertEquals("отметок", AtRiskRules.plural(5, forms[0], forms[1], forms[2]));
        assertEquals("отметок", AtRiskRules.plural(11, forms[0], forms[1], forms[2]));
        assertEquals("отметок", AtRiskRules.plural(14, forms[0], forms[1], forms[2]));
        assertEquals("отметка", AtRiskRules.plural(21, forms[0], forms[1], forms[2]));
        assertEquals("отметки", AtRiskRules.plural(23, forms[0], forms[1], forms[2]));
        assertEquals("отметок", AtRiskRules.plural(112, forms[0], forms[1], forms[2]));
        assertEquals("отметок", AtRiskRules.plural(0, forms[0], forms[1], forms[2]));
    }
}
