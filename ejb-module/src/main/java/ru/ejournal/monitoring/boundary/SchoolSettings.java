package ru.ejournal.monitoring.boundary;

import java.util.Map;
import ru.ejournal.school.entity.School;

/**
 * A group of the school's settings that the administrator saves as a whole: read with the school's version
 * (optimistic locking), applied to the school, and compared field by field for the change history.
 */
interface SchoolSettings {

    /** The school's version when the settings were read. */
    long version();

    void applyTo(School school);

    /** Each setting by its history field name, as text. */
    Map<String, String> snapshot();
}
