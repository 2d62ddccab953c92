package ru.ejournal.web.school;

import java.io.Serializable;
import java.time.LocalDate;

/** A named span of days as the administrator edits it: a school year, a study period. */
public class NamedDates implements Serializable {

    private static final long serialVersionUID = 1L;

    protected String name;
    protected LocalDate startDate;
    protected LocalDate endDate;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }
}
