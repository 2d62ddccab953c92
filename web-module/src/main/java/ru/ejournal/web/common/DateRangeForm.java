package ru.ejournal.web.common;

import java.io.Serializable;
import java.time.LocalDate;

/** The first and last day a form asks for: a letter's, a job's, a lesson generation's, a holiday's. */
public class DateRangeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private LocalDate to;

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
