package ru.ejournal.monitoring.entity;

import java.time.Instant;

/**
 * One mark change as the alert scan reads it from the change history: the {@code change_record}, the
 * mark with its lesson and pupil (from the mark, or from the history when it is gone), old and new value,
 * and the two findings: the lesson was before the day of the change, the account does not teach it.
 */
public record MarkChangeFacts(
        Long changeRecordId,
        Long markId,
        Long lessonId,
        Long studentId,
        String workTypeCode,
        Integer weight,
        String oldValue,
        String newValue,
        Instant changedAt,
        boolean pastLesson,
        boolean notTaught) {

    /** Whether the change counts at all: a past lesson's mark, or a lesson the account does not teach. */
    public boolean suspicious() {
        return pastLesson || notTaught;
    }
}
