package ru.ejournal.operations.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A study period of the current year to choose on the analytics screens; kind is QUARTER, HALF, YEAR… */
public record AnalyticsPeriod(long id, String code, String name, String kind, LocalDate startDate, LocalDate endDate)
        implements Serializable {

    /** The period a screen shows first: the last finished one that is not the year, else the first one. */
    public static Long shownFirst(List<AnalyticsPeriod> periods, LocalDate today) {
        return periods.stream()
                .filter(p -> !"YEAR".equals(p.kind()) && p.endDate().isBefore(today))
                .reduce((a, b) -> b)
                .or(() -> periods.stream().findFirst())
                .map(AnalyticsPeriod::id)
                .orElse(null);
    }
}
