package ru.ejournal.web.common;

import java.time.LocalDate;

/** A named span of days as the administrator edits it: a school year, a study period, a holiday. */
public class NamedDates extends DateRangeForm {

    private static final long serialVersionUID = 1L;

    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Shows the name and the days given (all null: an empty form). */
    public void show(String name, LocalDate from, LocalDate to) {
        this.name = name;
        setFrom(from);
        setTo(to);
    }
}
