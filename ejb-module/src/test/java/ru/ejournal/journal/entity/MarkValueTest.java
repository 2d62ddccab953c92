package ru.ejournal.journal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkValueTest {

    @ParameterizedTest(name = "mark «{0}» is stored as «{1}», shown as «{2}», numeric {3}")
    @CsvSource({
        "1, 1, 1, 1",
        "2, 2, 2, 2",
        "3, 3, 3, 3",
        "4, 4, 4, 4",
        "' 5 ', 5, 5, 5",
        "зач, ЗАЧ, зач, ",
        "ЗАЧ, ЗАЧ, зач, ",
        "Незач, НЕЗАЧ, незач, ",
        "НЕЗАЧ, НЕЗАЧ, незач, "
    })
    @DisplayName("every mark: its stored form, its display and its number")
    void everyMark(String typed, String stored, String shown, Integer number) {
        assertEquals(stored, MarkValue.mark(typed));
        assertEquals(stored, MarkValue.grade(typed));
        assertEquals(shown, MarkValue.display(stored));
        assertEquals(number, MarkValue.numeric(stored));
        assertEquals(number != null, MarkValue.isNumeric(stored));
    }

    @ParameterizedTest(name = "grade «{0}» is stored as «НА»")
    @ValueSource(strings = {"н/а", "НА", "на", " Н/А "})
    @DisplayName("«н/а» is a period grade, shown «н/а», with no number, and not a lesson's mark")
    void notAssessed(String typed) {
        assertEquals(MarkValue.NOT_ASSESSED, MarkValue.grade(typed));
        assertEquals("н/а", MarkValue.display(MarkValue.NOT_ASSESSED));
        assertNull(MarkValue.numeric(MarkValue.NOT_ASSESSED));
        assertThrows(IllegalArgumentException.class, () -> MarkValue.mark(typed));
    }

    @ParameterizedTest(name = "«{0}» is refused")
    @ValueSource(strings = {"0", "6", "10", "5+", "4-", "4.5", "Н", "Б", "ОП", "ЗАЧЁТ", "зачет", "n/a", "5 4"})
    @NullAndEmptySource
    @DisplayName("anything else is neither a mark nor a grade")
    void refusesBadInput(String typed) {
        assertThrows(IllegalArgumentException.class, () -> MarkValue.mark(typed));
        assertThrows(IllegalArgumentException.class, () -> MarkValue.grade(typed));
        assertTrue(MarkValue.markFitting(typed, false).isEmpty());
        assertTrue(MarkValue.gradeFitting(typed, true).isEmpty());
    }

    @Test
    @DisplayName("the fitting parsers give the stored form only where it suits the subject's grading")
    void fittingParsers() {
        assertEquals(Optional.of("5"), MarkValue.markFitting(" 5 ", false));
        assertEquals(Optional.empty(), MarkValue.markFitting("5", true));
        assertEquals(Optional.of("ЗАЧ"), MarkValue.markFitting("зач", true));
        assertEquals(Optional.empty(), MarkValue.markFitting("зач", false));
        assertEquals(Optional.empty(), MarkValue.markFitting("н/а", false));
        assertEquals(Optional.of("НА"), MarkValue.gradeFitting("н/а", false));
        assertEquals(Optional.of("НА"), MarkValue.gradeFitting("Н/А", true));
        assertEquals(Optional.of("4"), MarkValue.gradeFitting("4", false));
        assertEquals(Optional.empty(), MarkValue.gradeFitting("4", true));
        assertEquals(Optional.of("НЕЗАЧ"), MarkValue.gradeFitting("незач", true));
    }

    @Test
    @DisplayName("a value suits its subject's grading: digits or pass/fail; «НА» suits both")
    void fitsGrading() {
        assertTrue(MarkValue.fits("5", false));
        assertFalse(MarkValue.fits("5", true));
        assertTrue(MarkValue.fits("ЗАЧ", true));
        assertTrue(MarkValue.fits("НЕЗАЧ", true));
        assertFalse(MarkValue.fits("ЗАЧ", false));
        assertTrue(MarkValue.fits("НА", false));
        assertTrue(MarkValue.fits("НА", true));
        assertTrue(MarkValue.isPassFail("НЕЗАЧ"));
        assertFalse(MarkValue.isPassFail("НА"));
    }

    @Test
    @DisplayName("nothing stored shows nothing; an unknown stored value shows as it is")
    void displayOfNothing() {
        assertNull(MarkValue.display(null));
        assertNull(MarkValue.numeric(null));
        assertEquals("?", MarkValue.display("?"));
    }
}
