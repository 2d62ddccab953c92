package ru.ejournal.attendance.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A class's week of attendance for the class teacher: every lesson of every subject (columns, by day)
 * and every student (rows) with the absence codes, plus the excuse records that touch the week.
 */
public record AttendanceWeek(
        long classId, String className, LocalDate monday, List<Column> lessons, List<Row> rows, List<Excuse> excuses)
        implements Serializable {

    /** A lesson: its day, number, subject; {@code subgroupId} when only a subgroup attends. */
    public record Column(long id, LocalDate date, int periodNo, String subject, boolean attendanceTaken)
            implements Serializable {}

    /** A student and their absence codes by lesson id; lessons they do not attend are in {@code notAttending}. */
    public record Row(long studentId, String name, Map<Long, String> codes, java.util.Set<Long> notAttending)
            implements Serializable {

        public String code(long lessonId) {
            return notAttending.contains(lessonId) ? "·" : codes.getOrDefault(lessonId, "");
        }
    }

    /** An excuse record (оправдательный документ). */
    public record Excuse(
            long id,
            long studentId,
            String studentName,
            LocalDate from,
            LocalDate to,
            String reason,
            String document,
            String note,
            String createdBy)
            implements Serializable {}
}
