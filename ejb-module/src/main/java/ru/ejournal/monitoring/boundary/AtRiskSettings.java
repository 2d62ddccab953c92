package ru.ejournal.monitoring.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.ejournal.school.entity.School;

/**
 * The school's thresholds of the pupils at risk (docs/reports.md «Ученики группы риска»): the grade at or
 * below which a pupil is at risk (2 or 3), the marks a pupil can still get in a week, the unexcused
 * absences that put a pupil on the list; {@code version} is the school's version when they were read.
 */
public record AtRiskSettings(
        @Min(value = 2, message = "{monitoring.atRisk.mark.range}")
        @Max(value = 3, message = "{monitoring.atRisk.mark.range}")
        int grade,

        @Min(value = 1, message = "{monitoring.atRisk.marksPerWeek.range}")
        @Max(value = 10, message = "{monitoring.atRisk.marksPerWeek.range}")
        int marksPerWeek,

        @Min(value = 1, message = "{monitoring.atRisk.unexcused.range}")
        @Max(value = 100, message = "{monitoring.atRisk.unexcused.range}")
        int absences,

        long version)
        implements Serializable {

    public static AtRiskSettings of(School school) {
        return new AtRiskSettings(
                school.getAtRiskGrade(),
                school.getAtRiskMarksPerWeek(),
                school.getAtRiskAbsences(),
                school.getVersion());
    }

    /** Writes the settings onto the school. */
    public void applyTo(School school) {
        school.setAtRiskGrade(grade);
        school.setAtRiskMarksPerWeek(marksPerWeek);
        school.setAtRiskAbsences(absences);
    }

    /** The settings as history fields, for the change history. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("atRiskGrade", Integer.toString(grade));
        fields.put("atRiskMarksPerWeek", Integer.toString(marksPerWeek));
        fields.put("atRiskAbsences", Integer.toString(absences));
        return fields;
    }
}
