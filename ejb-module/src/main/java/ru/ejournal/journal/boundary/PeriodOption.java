package ru.ejournal.journal.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A study period to pick. */
public record PeriodOption(long id, String name, LocalDate startDate, LocalDate endDate, boolean closed)
        implements Serializable {

    public boolean contains(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    /** The shortest of the periods that contain the day: the quarter rather than the half-year or the year. */
    public static Optional<PeriodOption> shortestContaining(List<PeriodOption> periods, LocalDate day) {
        return periods.stream()
                .filter(p -> p.contains(day))
                .min(Comparator.comparingLong(p -> p.endDate.toEpochDay() - p.startDate.toEpochDay()));
    }

    /**
     * The period a page shows when none is asked for (the grid, the e-diary): the shortest one that contains the
     * day, else the first of the list (in the holidays); null without periods.
     */
    public static Long shownOn(List<PeriodOption> periods, LocalDate day) {
        return shortestContaining(periods, day)
                .or(() -> periods.stream().findFirst())
                .map(PeriodOption::id)
                .orElse(null);
    }
}
