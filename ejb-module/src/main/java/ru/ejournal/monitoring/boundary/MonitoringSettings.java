package ru.ejournal.monitoring.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.ejournal.school.entity.School;

/**
 * The journal-monitoring rules of a school as the administrator edits them, with the school's rule of
 * the proposed grade (the minimum number of marks and the rounding threshold, which the grade book,
 * the e-diary, the letter and the analytics all apply); {@code version} is the school's version when
 * they were read (optimistic locking).
 */
public record MonitoringSettings(
        @Min(value = 0, message = "{monitoring.topicDays.range}")
        @Max(value = 30, message = "{monitoring.topicDays.range}")
        int topicDeadlineDays,

        @Min(value = 0, message = "{monitoring.attendanceDays.range}")
        @Max(value = 30, message = "{monitoring.attendanceDays.range}")
        int attendanceDeadlineDays,

        @Min(value = 0, message = "{monitoring.marksDays.range}")
        @Max(value = 30, message = "{monitoring.marksDays.range}")
        int marksDeadlineDays,

        @Min(value = 1, message = "{monitoring.minMarks.range}")
        @Max(value = 20, message = "{monitoring.minMarks.range}")
        int minMarksPerPeriod,

        @Min(value = 1, message = "{monitoring.warning.range}") @Max(value = 99, message = "{monitoring.warning.range}")
        int fewMarksWarningPercent,

        @Min(value = 0, message = "{monitoring.periodGradeDays.range}")
        @Max(value = 30, message = "{monitoring.periodGradeDays.range}")
        int periodGradeGraceDays,

        boolean homeworkRuleEnabled,

        @NotNull(message = "{monitoring.rounding.range}")
        @DecimalMin(value = "0.30", message = "{monitoring.rounding.range}")
        @DecimalMax(value = "0.90", message = "{monitoring.rounding.range}")
        BigDecimal roundingThreshold,

        long version)
        implements Serializable {

    public static MonitoringSettings of(School school) {
        return new MonitoringSettings(
                school.getTopicDeadlineDays(),
                school.getAttendanceDeadlineDays(),
                school.getMarksDeadlineDays(),
                school.getMinMarksPerPeriod(),
                school.getFewMarksWarningPercent(),
                school.getPeriodGradeGraceDays(),
                school.isHomeworkRuleEnabled(),
                school.getRoundingThreshold(),
                school.getVersion());
    }

    /** Writes the settings onto the school. */
    public void applyTo(School school) {
        school.setTopicDeadlineDays(topicDeadlineDays);
        school.setAttendanceDeadlineDays(attendanceDeadlineDays);
        school.setMarksDeadlineDays(marksDeadlineDays);
        school.setMinMarksPerPeriod(minMarksPerPeriod);
        school.setFewMarksWarningPercent(fewMarksWarningPercent);
        school.setPeriodGradeGraceDays(periodGradeGraceDays);
        school.setHomeworkRuleEnabled(homeworkRuleEnabled);
        school.setRoundingThreshold(roundingThreshold.setScale(2, RoundingMode.HALF_UP));
    }

    /** The settings as history fields (column names), for the change history. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("topicDeadlineDays", Integer.toString(topicDeadlineDays));
        fields.put("attendanceDeadlineDays", Integer.toString(attendanceDeadlineDays));
        fields.put("marksDeadlineDays", Integer.toString(marksDeadlineDays));
        fields.put("minMarksPerPeriod", Integer.toString(minMarksPerPeriod));
        fields.put("fewMarksWarningPercent", Integer.toString(fewMarksWarningPercent));
        fields.put("periodGradeGraceDays", Integer.toString(periodGradeGraceDays));
        fields.put("homeworkRuleEnabled", Boolean.toString(homeworkRuleEnabled));
        fields.put(
                "roundingThreshold",
                roundingThreshold.setScale(2, RoundingMode.HALF_UP).toPlainString());
        return fields;
    }
}
