package ru.ejournal.journal.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PeriodOptionTest {

    private static final PeriodOption YEAR =
            new PeriodOption(1, "Год", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 5, 31), false);
    private static final PeriodOption FIRST_HALF =
            new PeriodOption(2, "1 полугодие", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 28), false);
    private static final PeriodOption Q1 =
            new PeriodOption(3, "1 четверть", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 26), true);
    private static final PeriodOption Q2 =
            new PeriodOption(4, "2 четверть", LocalDate.of(2025, 11, 5), LocalDate.of(2025, 12, 28), false);

    private static final List<PeriodOption> PERIODS = List.of(YEAR, FIRST_HALF, Q1, Q2);

    @Test
    @DisplayName("A day in a quarter shows the quarter, not the half-year or the year that also contain it")
    void theQuarterOfTheDay() {
        assertEquals(3L, PeriodOption.shownOn(PERIODS, LocalDate.of(2025, 10, 14)));
        assertEquals(4L, PeriodOption.shownOn(PERIODS, LocalDate.of(2025, 12, 28)), "the last day belongs to it");
        assertEquals(
                Q1,
                PeriodOption.shortestContaining(PERIODS, LocalDate.of(2025, 9, 1))
                        .orElseThrow());
    }

    @Test
    @DisplayName("In the autumn holidays (between two quarters) the half-year is the shortest period of the day")
    void theHolidaysBetweenQuarters() {
        assertEquals(2L, PeriodOption.shownOn(PERIODS, LocalDate.of(2025, 11, 1)));
    }

    @Test
    @DisplayName("In the summer no period contains the day: a page shows the first, the letter none")
    void theSummer() {
        LocalDate summer = LocalDate.of(2026, 7, 15);
        assertEquals(1L, PeriodOption.shownOn(PERIODS, summer));
        assertTrue(PeriodOption.shortestContaining(PERIODS, summer).isEmpty());
        assertNull(PeriodOption.shownOn(List.of(), summer));
    }
}
