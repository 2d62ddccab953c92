package ru.ejournal.web.monitoring;

import ru.ejournal.monitoring.boundary.MonitoringSettingsService;
import ru.ejournal.web.common.DateRangeForm;

/**
 * The holiday a page is about to add: its first and last day and its name. The school's holidays are one list
 * that the monitoring settings and the school year pages both edit.
 */
public class HolidayForm extends DateRangeForm {

    private static final long serialVersionUID = 1L;

    private String name;

    /** Adds the holiday to the school's and empties the form; a refusal leaves the form as typed. */
    public void addTo(MonitoringSettingsService service, Long schoolId) {
        service.addHoliday(schoolId, getFrom(), getTo(), name);
        setFrom(null);
        setTo(null);
        name = null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
