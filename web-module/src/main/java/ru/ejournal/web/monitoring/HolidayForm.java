package ru.ejournal.web.monitoring;

import ru.ejournal.monitoring.boundary.MonitoringSettingsService;
import ru.ejournal.web.common.NamedDates;

/**
 * The holiday a page is about to add: its first and last day and its name. The school's holidays are one list
 * that the monitoring settings and the school year pages both edit.
 */
public class HolidayForm extends NamedDates {

    private static final long serialVersionUID = 1L;

    /** Adds the holiday to the school's and empties the form; a refusal leaves the form as typed. */
    public void addTo(MonitoringSettingsService service, Long schoolId) {
        service.addHoliday(schoolId, getFrom(), getTo(), getName());
        show(null, null, null);
    }
}
