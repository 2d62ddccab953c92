package ru.ejournal.journal.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A lesson the caller gives instead of its teacher (замена), with the grid that holds it: the regular
 * teacher's assignment and the study period of the lesson's day.
 */
public record ReplacementLine(
        long lessonId,
        LocalDate date,
        int periodNo,
        String className,
        String subject,
        String teacher,
        Long assignmentId,
        Long periodId)
        implements Serializable {}
