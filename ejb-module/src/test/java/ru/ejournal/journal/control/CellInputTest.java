package ru.ejournal.journal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.ejournal.attendance.entity.AbsenceCode;
import ru.ejournal.common.control.BusinessException;

class CellInputTest {

    @Test
    @DisplayName("an absence code and marks, in any case and with any separator")
    void absenceAndMarks() {
        CellInput typed = CellInput.parse(" оп 4,5 ", false);

        assertEquals(AbsenceCode.OP, typed.absence());
        assertEquals(List.of("4", "5"), typed.marks());
    }

    @Test
    @DisplayName("a pass/fail subject takes «зач»/«незач», stored upper-case")
    void passFail() {
        assertEquals(List.of("ЗАЧ", "НЕЗАЧ"), CellInput.parse("зач/незач", true).marks());
    }

    @Test
    @DisplayName("an empty cell clears it")
    void empty() {
        CellInput typed = CellInput.parse("  ", false);

        assertNull(typed.absence());
        assertTrue(typed.marks().isEmpty());
    }

    @ParameterizedTest(name = "«{0}» in a subject marked with digits is refused")
    @ValueSource(strings = {"6", "0", "зач", "5+", "НА", "Н Б", "5 4 3 2"})
    @DisplayName("what is not a mark of the subject, two absence codes, more than three marks")
    void refusals(String input) {
        assertThrows(BusinessException.class, () -> CellInput.parse(input, false));
    }

    @Test
    @DisplayName("a digit in a pass/fail subject is refused with the reason")
    void digitInPassFail() {
        BusinessException e = assertThrows(BusinessException.class, () -> CellInput.parse("5", true));

        assertTrue(e.getMessage().contains("«зач» или «незач»"), e.getMessage());
    }
}
