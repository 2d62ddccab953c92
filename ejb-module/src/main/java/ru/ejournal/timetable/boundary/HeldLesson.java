package ru.ejournal.timetable.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A future lesson that generation would have moved or removed but did not, because it has marks,
 * absences, a topic or homework, or was changed by hand: the administrator keeps or cancels it.
 */
public record HeldLesson(Long itemId, Long lessonId, LocalDate date, int lessonNo, String description, String proposal)
        implements Serializable {}
