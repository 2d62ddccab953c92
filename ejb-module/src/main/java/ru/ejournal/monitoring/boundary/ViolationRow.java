package ru.ejournal.monitoring.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import ru.ejournal.common.control.Texts;
import ru.ejournal.monitoring.entity.Severity;
import ru.ejournal.monitoring.entity.ViolationRule;

/**
 * One violation as the screens and messages show it. {@code assignmentId} and {@code gradebookPeriodId}
 * locate the grid cell to fix ({@code /teacher/gradebook.xhtml?assignment=…&period=…&lesson=…}).
 */
public record ViolationRow(
        Long id,
        ViolationRule rule,
        Severity severity,
        Long teacherId,
        String teacherName,
        Long classId,
        String className,
        String subgroupName,
        Long subjectId,
        String subjectName,
        Long lessonId,
        LocalDate lessonDate,
        Integer lessonNo,
        Long studentId,
        String studentName,
        Long studyPeriodId,
        String studyPeriodName,
        Instant arisenAt,
        Instant closedAt,
        Long assignmentId,
        Long gradebookPeriodId)
        implements Serializable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** When it was found, in the school's time zone (for the screens). */
    public LocalDateTime arisenLocal() {
        return arisenAt == null ? null : LocalDateTime.ofInstant(arisenAt, ZoneId.systemDefault());
    }

    public LocalDateTime closedLocal() {
        return closedAt == null ? null : LocalDateTime.ofInstant(closedAt, ZoneId.systemDefault());
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    /** «7Б» or «7Б, Английский язык, 1 подгруппа». */
    public String group() {
        return subgroupName == null ? className : className + " (" + subgroupName + ")";
    }

    /** What the violation is about, in Russian (messages). */
    public String object() {
        return object(Texts.RUSSIAN);
    }

    /** What the violation is about: the lesson (date and number) or the student and period. */
    public String object(Locale locale) {
        if (lessonDate != null) {
            return Texts.text(locale, "monitoring.violation.lesson", DAY.format(lessonDate), lessonNo);
        }
        if (studentName != null) {
            return studentName + (studyPeriodName == null ? "" : ", " + studyPeriodName);
        }
        return studyPeriodName == null ? "" : studyPeriodName;
    }

    /** The address of the grid cell to fix, or null when the violation has no teaching assignment. */
    public String gradebookLink() {
        if (assignmentId == null) {
            return null;
        }
        StringBuilder link = new StringBuilder("/teacher/gradebook.xhtml?assignment=").append(assignmentId);
        if (gradebookPeriodId != null) {
            link.append("&period=").append(gradebookPeriodId);
        }
        if (lessonId != null) {
            link.append("&lesson=").append(lessonId);
        }
        return link.toString();
    }

    public ViolationRow withLink(Long assignment, Long period) {
        return new ViolationRow(
                id,
                rule,
                severity,
                teacherId,
                teacherName,
                classId,
                className,
                subgroupName,
                subjectId,
                subjectName,
                lessonId,
                lessonDate,
                lessonNo,
                studentId,
                studentName,
                studyPeriodId,
                studyPeriodName,
                arisenAt,
                closedAt,
                assignment,
                period);
    }
}
