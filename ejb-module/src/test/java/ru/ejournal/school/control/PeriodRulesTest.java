package ru.ejournal.school.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.school.boundary.BellRow;
import ru.ejournal.school.boundary.PeriodRow;
import ru.ejournal.school.entity.PeriodType;
import ru.ejournal.school.entity.StudyPeriodKind;

class PeriodRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate END = LocalDate.of(2027, 5, 31);

    @Test
    @DisplayName("Default quarters, trimesters and half-years tile the year from its first to its last day")
    void proposalsTileTheYear() {
        for (PeriodType type : PeriodType.values()) {
            List<PeriodRow> periods = PeriodRules.propose(START, END, type);
            PeriodRules.checkPeriods(START, END, periods, Set.of());
            assertEquals(START, periods.get(0).startDate());
            assertEquals(END, periods.get(periods.size() - 1).endDate());
        }
        List<PeriodRow> quarters = PeriodRules.propose(START, END, PeriodType.QUARTERS);
        assertEquals(
                List.of(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 3, 31), END),
                quarters.stream().map(PeriodRow::endDate).toList());
        assertEquals(
                List.of("Q1", "Q2", "Q3", "Q4"),
                quarters.stream().map(PeriodRow::code).toList());
        List<PeriodRow> trimesters = PeriodRules.propose(START, END, PeriodType.TRIMESTERS);
        assertEquals(LocalDate.of(2027, 2, 28), trimesters.get(1).endDate());
    }

    @Test
    @DisplayName("A year of unusual dates is split into equal parts")
    void unusualYearIsSplitEvenly() {
        LocalDate start = LocalDate.of(2027, 1, 10);
        LocalDate end = LocalDate.of(2027, 6, 30);
        List<PeriodRow> halves = PeriodRules.propose(start, end, PeriodType.HALF_YEARS);
        assertEquals(2, halves.size());
        PeriodRules.checkPeriods(start, end, halves, Set.of());
    }

    @Test
    @DisplayName("A gap between periods is refused unless every day of it is a holiday")
    void gapsNeedHolidays() {
        List<PeriodRow> periods =
                List.of(half(1, START, LocalDate.of(2026, 12, 28)), half(2, LocalDate.of(2027, 1, 9), END));
        BusinessException e =
                assertThrows(BusinessException.class, () -> PeriodRules.checkPeriods(START, END, periods, Set.of()));
        assertEquals(
                "Между периодами «1 полугодие» и «2 полугодие» пропущены дни 29.12.2026–08.01.2027: сдвиньте даты"
                        + " периодов или внесите эти дни в праздники и каникулы",
                e.getMessage());
        Set<LocalDate> vacation = LocalDate.of(2026, 12, 29)
                .datesUntil(LocalDate.of(2027, 1, 9))
                .collect(java.util.stream.Collectors.toSet());
        PeriodRules.checkPeriods(START, END, periods, vacation);
    }

    @Test
    @DisplayName("A period of kind YEAR lies over the quarters without counting as an overlap")
    void yearPeriodIsNotAnOverlap() {
        List<PeriodRow> periods = new java.util.ArrayList<>(PeriodRules.propose(START, END, PeriodType.QUARTERS));
        periods.add(PeriodRow.proposed("Y", "Учебный год", StudyPeriodKind.YEAR, START, END));
        PeriodRules.checkPeriods(START, END, periods, Set.of());
    }

    @Test
    @DisplayName("Year names are two consecutive years starting in the year the dates start")
    void yearNames() {
        PeriodRules.checkYear("2026/2027", START, END);
        assertThrows(BusinessException.class, () -> PeriodRules.checkYear("2026/2028", START, END));
        assertThrows(BusinessException.class, () -> PeriodRules.checkYear("2025/2026", START, END));
        assertThrows(BusinessException.class, () -> PeriodRules.checkYear("2026/2027", END, START));
        assertThrows(
                BusinessException.class, () -> PeriodRules.checkYear("2026/2027", START, LocalDate.of(2027, 9, 1)));
    }

    @Test
    @DisplayName("Bells: a break may be zero minutes, an overlap is refused")
    void bells() {
        BellRules.check(List.of(
                new BellRow(null, 1, LocalTime.of(8, 30), LocalTime.of(9, 15), 0),
                new BellRow(null, 2, LocalTime.of(9, 15), LocalTime.of(10, 0), 0)));
        BusinessException e = assertThrows(
                BusinessException.class,
                () -> BellRules.check(List.of(
                        new BellRow(null, 2, LocalTime.of(9, 10), LocalTime.of(10, 0), 0),
                        new BellRow(null, 1, LocalTime.of(8, 30), LocalTime.of(9, 15), 0))));
        assertTrue(e.getMessage().startsWith("Урок 1 (08:30–09:15) пересекается"), e.getMessage());
    }

    private static PeriodRow half(int n, LocalDate from, LocalDate to) {
        return PeriodRow.proposed("H" + n, n + " полугодие", StudyPeriodKind.HALF_YEAR, from, to);
    }
}
