package ru.ejournal.monitoring.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.ejournal.school.entity.School;

/**
 * The school's mass mark-change alert as the administrator sets it: on or off, and an alert when one
 * account changes more than {@code threshold} marks of past lessons within {@code minutes}; {@code
 * version} is the school's version when they were read (optimistic locking).
 */
public record MarkAlertSettings(
        boolean enabled,

        @Min(value = 1, message = "{monitoring.markAlert.threshold.range}")
        @Max(value = 500, message = "{monitoring.markAlert.threshold.range}")
        int threshold,

        @Min(value = 1, message = "{monitoring.markAlert.minutes.range}")
        @Max(value = 1440, message = "{monitoring.markAlert.minutes.range}")
        int minutes,

        long version)
        implements Serializable {

    public static MarkAlertSettings of(School school) {
        return new MarkAlertSettings(
                school.isMarkAlertEnabled(),
                school.getMarkAlertThreshold(),
                school.getMarkAlertMinutes(),
                school.getVersion());
    }

    /** Writes the settings onto the school. */
    public void applyTo(School school) {
        school.setMarkAlertEnabled(enabled);
        school.setMarkAlertThreshold(threshold);
        school.setMarkAlertMinutes(minutes);
    }

    /** The settings as history fields, for the change history. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("markAlertEnabled", Boolean.toString(enabled));
        fields.put("markAlertThreshold", Integer.toString(threshold));
        fields.put("markAlertMinutes", Integer.toString(minutes));
        return fields;
    }
}
