package ru.ejournal.student.control;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BirthDatesTest {

    private static final LocalDate YEAR_START = LocalDate.of(2026, 9, 1);

    @Test
    @DisplayName("A pupil of grade 7 aged 12 to 16 on 1 September is plausible")
    void usualAgesAreAccepted() {
        assertNull(BirthDates.check(LocalDate.of(2013, 5, 10), 7, YEAR_START));
        assertNull(BirthDates.check(LocalDate.of(2014, 9, 1), 7, YEAR_START), "12 on the day");
        assertNull(BirthDates.check(LocalDate.of(2010, 9, 2), 7, YEAR_START), "still 15");
    }

    @Test
    @DisplayName("A typo in the year (a 4-year-old or a 30-year-old in grade 7) is refused with the reason")
    void typosAreRefused() {
        String young = BirthDates.check(LocalDate.of(2022, 1, 1), 7, YEAR_START);
        assertTrue(young.contains("от 12 до 16 лет"), young);
        assertTrue(BirthDates.check(LocalDate.of(1996, 1, 1), 7, YEAR_START).contains("получается 30"));
    }
}
