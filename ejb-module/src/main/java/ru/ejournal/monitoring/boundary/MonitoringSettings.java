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
        @Min(value = 0, message = "Срок ввода темы урока: от 0 до 30 дней")
        @Max(value = 30, message = "Срок ввода темы урока: от 0 до 30 дней")
        int topicDeadlineDays,

        @Min(value = 0, message = "Срок отметки посещаемости: от 0 до 30 дней")
        @Max(value = 30, message = "Срок отметки посещаемости: от 0 до 30 дней")
        int attendanceDeadlineDays,

        @Min(value = 0, message = "Срок выставления оценок: от 0 до 30 учебных дней")
        @Max(value = 30, message = "Срок выставления оценок: от 0 до 30 учебных дней")
        int marksDeadlineDays,

        @Min(value = 1, message = "Минимум оценок за период: от 1 до 20")
        @Max(value = 20, message = "Минимум оценок за период: от 1 до 20")
        int minMarksPerPeriod,

        @Min(value = 1, message = "Порог предупреждения: от 1 до 99 %")
        @Max(value = 99, message = "Порог предупреждения: от 1 до 99 %")
        int fewMarksWarningPercent,

        @Min(value = 0, message = "Срок выставления итоговых оценок: от 0 до 30 дней")
        @Max(value = 30, message = "Срок выставления итоговых оценок: от 0 до 30 дней")
        int periodGradeGraceDays,

        boolean homeworkRuleEnabled,

        @NotNull(message = "Порог округления: от 0,30 до 0,90")
        @DecimalMin(value = "0.30", message = "Порог округления: от 0,30 до 0,90")
        @DecimalMax(value = "0.90", message = "Порог округления: от 0,30 до 0,90")
        BigDecimal roundingThreshold,

        long version)
        implements Serializable, SchoolSettings {

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
