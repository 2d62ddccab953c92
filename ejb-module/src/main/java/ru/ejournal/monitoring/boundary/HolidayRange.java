package ru.ejournal.monitoring.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** Consecutive school holidays of the same name, e.g. «Новогодние праздники» 01.01–08.01. */
public record HolidayRange(LocalDate from, LocalDate to, String name) implements Serializable {

    public long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }
}
