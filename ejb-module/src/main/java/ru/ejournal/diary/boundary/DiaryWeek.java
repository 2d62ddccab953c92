package ru.ejournal.diary.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ru.ejournal.timetable.boundary.TimetableLine;

/**
 * A week of a student's diary: the days with their lessons, topics, homework, marks and absences, and the
 * pupil's weekly timetable of that week.
 */
public record DiaryWeek(
        long studentId,
        String studentName,
        String className,
        LocalDate monday,
        List<Day> days,
        List<TimetableLine> timetable)
        implements Serializable {

    public record Day(LocalDate date, List<Entry> lessons) implements Serializable {}

    /** One lesson of the day as the diary shows it. */
    public record Entry(
            long lessonId,
            int periodNo,
            String subject,
            String topic,
            String homework,
            List<DiaryMark> marks,
            String absence,
            boolean cancelled,
            String cancelReason)
            implements Serializable {

        /** A lesson that is held. */
        public Entry(
                long lessonId,
                int periodNo,
                String subject,
                String topic,
                String homework,
                List<DiaryMark> marks,
                String absence) {
            this(lessonId, periodNo, subject, topic, homework, marks, absence, false, null);
        }
    }
}
