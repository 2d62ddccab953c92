package ru.ejournal.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.ejournal.journal.control.Averages;
import ru.ejournal.reports.control.ReportRules.Standing;
import ru.ejournal.reports.control.ReportRules.Tally;

/** The example of docs/reports.md, computed there by hand: five pupils, mathematics, Russian, PE (pass/fail). */
class ReportRulesTest {

    private static final List<String> MATHS = List.of("5", "5", "3", "2", "НА");
    private static final List<String> RUSSIAN = List.of("5", "4", "4", "3", "4");
    private static final List<String> PE = List.of("ЗАЧ", "ЗАЧ", "ЗАЧ", "ЗАЧ", "ЗАЧ");

    private static List<String> pupil(int i) {
        return List.of(MATHS.get(i), RUSSIAN.get(i), PE.get(i));
    }

    @Test
    @DisplayName(
            "Standings: all «5» with ЗАЧ is honour, one «4» and one «3» are listed, «2» fails, «НА» is not assessed")
    void standings() {
        assertEquals(Standing.HONOUR, ReportRules.standing(pupil(0)));
        assertEquals(Standing.SINGLE_FOUR, ReportRules.standing(pupil(1)));
        assertEquals(Standing.SINGLE_THREE, ReportRules.standing(pupil(2)));
        assertEquals(Standing.FAILING, ReportRules.standing(pupil(3)));
        assertEquals(Standing.NOT_ASSESSED, ReportRules.standing(pupil(4)));
        assertEquals(Standing.FAILING, ReportRules.standing(List.of("5", "НЕЗАЧ")));
        assertEquals(Standing.FAILING, ReportRules.standing(List.of("НА", "2")), "a «2» outweighs «НА»");
        assertEquals(Standing.GOOD, ReportRules.standing(List.of("4", "4", "5")));
        assertEquals(Standing.SATISFACTORY, ReportRules.standing(List.of("3", "3", "5")));
        assertEquals(Standing.NONE, ReportRules.standing(List.of()));
        assertTrue(Standing.SINGLE_THREE.success());
        assertFalse(Standing.SINGLE_THREE.quality());
        assertFalse(Standing.NOT_ASSESSED.success());
    }

    @Test
    @DisplayName(
            "Per subject: success, quality and СОУ as in the hand-computed example; pass/fail has no quality or СОУ")
    void perSubject() {
        Tally maths = ReportRules.ofResults(MATHS, false);
        assertEquals(new BigDecimal("60.0"), maths.successRate());
        assertEquals(new BigDecimal("40.0"), maths.qualityRate());
        assertEquals(new BigDecimal("52.0"), maths.sou());
        Tally russian = ReportRules.ofResults(RUSSIAN, false);
        assertEquals(new BigDecimal("100.0"), russian.successRate());
        assertEquals(new BigDecimal("80.0"), russian.qualityRate());
        assertEquals(new BigDecimal("65.6"), russian.sou());
        Tally pe = ReportRules.ofResults(PE, true);
        assertEquals(new BigDecimal("100.0"), pe.successRate());
        assertNull(pe.sou());
    }

    @Test
    @DisplayName("The class: success 60.0 %, quality 40.0 %, СОУ 58.8 % over its ten graded results")
    void perClass() {
        List<List<String>> pupils = List.of(pupil(0), pupil(1), pupil(2), pupil(3), pupil(4));
        List<String> graded = new java.util.ArrayList<>(MATHS);
        graded.addAll(RUSSIAN);
        Tally school = ReportRules.ofPupils(pupils, graded);
        assertEquals(new BigDecimal("60.0"), school.successRate());
        assertEquals(new BigDecimal("40.0"), school.qualityRate());
        assertEquals(new BigDecimal("58.8"), school.sou());
        assertEquals(new BigDecimal("3.50"), ReportRules.averageOfResults(List.of("3", "4", "ЗАЧ", "НА")));
        assertNull(ReportRules.averageOfResults(List.of("НА")));
    }

    @Test
    @DisplayName("Rounding: rates to 0.1 half up; the proposed grade by the school's threshold and minimum of marks")
    void rounding() {
        assertEquals(new BigDecimal("66.7"), ReportRules.percent(2, 3));
        assertEquals(new BigDecimal("33.3"), ReportRules.percent(1, 3));
        assertNull(ReportRules.percent(0, 0));
        List<Averages.Weighted> marks =
                List.of(new Averages.Weighted("4", 1), new Averages.Weighted("4", 1), new Averages.Weighted("3", 1));
        assertEquals("4", Averages.propose(marks, new BigDecimal("0.50"), 3, false), "3.67 rounds up from 0.50");
        assertEquals("3", Averages.propose(marks, new BigDecimal("0.75"), 3, false), "3.67 stays below 0.75");
        assertEquals("НА", Averages.propose(marks, new BigDecimal("0.50"), 4, false), "three marks of four needed");
        List<Averages.Weighted> weighted =
                List.of(new Averages.Weighted("5", 2), new Averages.Weighted("4", 1), new Averages.Weighted("4", 1));
        assertEquals("5", Averages.propose(weighted, new BigDecimal("0.50"), 3, false), "(10 + 4 + 4) / 4 = 4.50");
        assertEquals("4", Averages.propose(weighted, new BigDecimal("0.60"), 3, false));
    }
}
