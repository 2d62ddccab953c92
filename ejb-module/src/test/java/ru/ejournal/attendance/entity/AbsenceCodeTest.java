package ru.ejournal.attendance.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AbsenceCodeTest {

    @ParameterizedTest(name = "«{0}» → {1}")
    @CsvSource({"Н, N", "Б, B", "У, U", "П, P", "ОП, OP", "н, N", "б, B", "у, U", "п, P", "оп, OP", "Оп, OP", "' Н ', N"
    })
    @DisplayName("fromLabel accepts the Russian letters in any case")
    void fromLabelAcceptsRussianLetters(String label, AbsenceCode expected) {
        assertEquals(expected, AbsenceCode.fromLabel(label));
    }

    @ParameterizedTest(name = "«{0}» is refused")
    @ValueSource(strings = {"N", "H", "B", "OP", "X", "НН", "Н/Б", "О"})
    @NullAndEmptySource
    @DisplayName("fromLabel refuses Latin look-alikes, enum names and unknown letters")
    void fromLabelRefusesAnythingElse(String label) {
        assertThrows(IllegalArgumentException.class, () -> AbsenceCode.fromLabel(label));
    }

    @Test
    @DisplayName("every label maps back to its own code")
    void labelRoundTrips() {
        for (AbsenceCode code : AbsenceCode.values()) {
            assertEquals(code, AbsenceCode.fromLabel(code.label()));
        }
        assertEquals("ОП", AbsenceCode.OP.label());
    }

    @Test
    @DisplayName("a late arrival is not a missed lesson; every other code is")
    void lateIsNotMissed() {
        assertFalse(AbsenceCode.OP.missed());
        assertTrue(AbsenceCode.N.missed());
        assertTrue(AbsenceCode.B.missed());
    }

    @Test
    @DisplayName("an illness excuse turns «Н» into «Б», any other into «У»")
    void excuseReasonGivesResultingCode() {
        assertEquals(AbsenceCode.B, ExcuseReason.ILLNESS.resultingCode());
        assertEquals(AbsenceCode.U, ExcuseReason.OTHER.resultingCode());
    }
}
