package ru.ejournal.batch.common;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** A range of days; by default the last full week, Monday to Sunday. */
public record DateRange(LocalDate from, LocalDate to) implements Serializable {

    public static DateRange of(String from, String to) {
        LocalDate lastMonday = LocalDate.now()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(1);
        LocalDate start = from == null || from.isBlank() ? lastMonday : LocalDate.parse(from.trim());
        LocalDate end = to == null || to.isBlank() ? lastMonday.plusDays(6) : LocalDate.parse(to.trim());
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("to is before from: " + start + " .. " + end);
        }
        return new DateRange(start, end);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
