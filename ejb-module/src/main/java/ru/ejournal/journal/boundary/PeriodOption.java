package ru.ejournal.journal.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A study period to pick. */
public record PeriodOption(long id, String name, LocalDate startDate, LocalDate endDate, boolean closed)
        implements Serializable {

    public boolean contains(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }
}
