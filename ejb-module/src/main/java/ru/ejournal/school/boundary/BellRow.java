package ru.ejournal.school.boundary;

import java.io.Serializable;
import java.time.LocalTime;
import ru.ejournal.school.entity.Bell;

/** Звонки of one lesson number: when it starts and ends. */
public record BellRow(Long id, int lessonNumber, LocalTime startTime, LocalTime endTime, long version)
        implements Serializable {

    public static BellRow of(Bell b) {
        return new BellRow(b.getId(), b.getLessonNumber(), b.getStartTime(), b.getEndTime(), b.getVersion());
    }
}
