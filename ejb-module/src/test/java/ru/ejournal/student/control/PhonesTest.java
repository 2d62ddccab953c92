package ru.ejournal.student.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PhonesTest {

    @Test
    @DisplayName("The ways people type a Russian mobile number all become +7 (XXX) XXX-XX-XX")
    void typedNumbersAreNormalised() {
        for (String typed :
                new String[] {"89161234567", "+7 916 123 45 67", "8 (916) 123-45-67", "916-123-45-67", "7.916.123.45.67"
                }) {
            assertEquals("+7 (916) 123-45-67", Phones.normalize(typed), typed);
        }
        assertTrue(Phones.isValid(Phones.normalize("8-916-123-45-67")));
    }

    @Test
    @DisplayName("Blank input is no phone; what is not a phone number is left as typed, for the validation to refuse")
    void nonNumbersAreLeftAlone() {
        assertNull(Phones.normalize("  "));
        assertEquals("12345", Phones.normalize("12345"));
        assertEquals("звонить маме", Phones.normalize("звонить маме"));
        assertFalse(Phones.isValid("12345"));
    }
}
