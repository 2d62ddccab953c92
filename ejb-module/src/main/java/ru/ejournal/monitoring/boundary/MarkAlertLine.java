package ru.ejournal.monitoring.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of a mass mark-change alert as the deputy director reads it: the pupil, the lesson (date,
 * subject, class), old and new mark (null for none), when, and why it counted.
 */
public record MarkAlertLine(
        Long changeId,
        Long markId,
        String pupil,
        LocalDate lessonDate,
        String subject,
        String className,
        String oldValue,
        String newValue,
        Instant changedAt,
        boolean pastLesson,
        boolean notTaught)
        implements Serializable {}
