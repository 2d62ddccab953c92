package ru.ejournal.journal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.ejournal.journal.boundary.MarkSummary;
import ru.ejournal.journal.control.Averages.Weighted;

class AveragesTest {

    private static final BigDecimal HALF = new BigDecimal("0.50");

    @Test
    @DisplayName("A test mark of weight 3 pulls the average: 5, 4 and a 3 for a test give 3,60 → «4»")
    void weightedAverageProposesGrade() {
        MarkSummary s = Averages.summarize(
                List.of(new Weighted("5", 1), new Weighted("4", 1), new Weighted("3", 3)), HALF, 3, false);
        assertEquals(new BigDecimal("3.60"), s.average());
        assertEquals("4", s.proposed());
        assertEquals(
                "(5×1 + 4×1 + 3×3) / (1 + 1 + 3) = 18 / 5 = 3,60. Правило округления школы: дробная часть"
                        + " от 0,50 округляется вверх → «4».",
                s.working());
    }

    @Test
    @DisplayName("An English viewer reads the same working out in English, with decimal points")
    void workingInEnglish() {
        MarkSummary s = Averages.summarize(
                List.of(new Weighted("5", 1), new Weighted("4", 1), new Weighted("3", 3)),
                HALF,
                4,
                false,
                Locale.ENGLISH);
        assertEquals(
                "(5×1 + 4×1 + 3×3) / (1 + 1 + 3) = 18 / 5 = 3.60. The school's rounding rule: a fraction"
                        + " from 0.50 rounds up. Marks: 3, fewer than 4: «н/а» is proposed.",
                s.working());
    }

    @Test
    @DisplayName("The school's threshold decides: 3,60 stays a «3» when only ,75 rounds up")
    void thresholdIsTheSchools() {
        MarkSummary s = Averages.summarize(
                List.of(new Weighted("5", 1), new Weighted("4", 1), new Weighted("3", 3)),
                new BigDecimal("0.75"),
                3,
                false);
        assertEquals("3", s.proposed());
    }

    @Test
    @DisplayName("Fewer marks than the school's minimum propose «н/а» and say why")
    void tooFewMarksAreNotAssessed() {
        MarkSummary s = Averages.summarize(List.of(new Weighted("5", 1), new Weighted("5", 1)), HALF, 3, false);
        assertEquals("НА", s.proposed());
        assertTrue(s.working().contains("меньше 3"), s.working());
        assertEquals("НА", Averages.summarize(List.of(), HALF, 3, false).proposed());
    }

    @Test
    @DisplayName("Pass/fail subjects propose «зач» when at least half the marks are «зач»")
    void passFail() {
        MarkSummary s = Averages.summarize(
                List.of(new Weighted("ЗАЧ", 1), new Weighted("НЕЗАЧ", 1), new Weighted("ЗАЧ", 1)), HALF, 3, true);
        assertNull(s.average());
        assertEquals("ЗАЧ", s.proposed());
    }

    @Test
    @DisplayName("3,50 rounds up to «4» at the default threshold, 3,49 does not")
    void roundingEdge() {
        assertEquals(4, Averages.round(new BigDecimal("3.50"), HALF));
        assertEquals(3, Averages.round(new BigDecimal("3.49"), HALF));
    }
}
