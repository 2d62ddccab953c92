package ru.ejournal.web.monitoring;

import java.io.Serializable;
import java.time.LocalDate;
import ru.ejournal.monitoring.boundary.MonitoringSettingsService;

/**
 * The holiday a page is about to add: its first and last day and its name. The school's holidays are one list
 * that the monitoring settings and the school year pages both edit.
 */
public class HolidayForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private LocalDate to;
    private String name;

    /** Adds the holiday to the school's and empties the form; a refusal leaves the form as typed. */
    public void addTo(MonitoringSettingsService service, Long schoolId) {
        service.addHoliday(schoolId, from, to, name);
        from = null;
        to = null;
        name = null;
    }

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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
