package ru.ejournal.journal.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A lesson of a class's day on «Изменения в расписании»: who gives it, whether cancelled and why. */
public record LessonLine(
        long id,
        LocalDate date,
        int periodNo,
        String subject,
        String subgroup,
        String teacher,
        String replacement,
        boolean cancelled,
        String cancelReason,
        String topic)
        implements Serializable {}
