package ru.ejournal.timetable.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A past run of the lesson generation, for its history. */
public record GenerationRun(
        Long id,
        Instant runAt,
        String runBy,
        String className,
        LocalDate from,
        LocalDate to,
        int created,
        int moved,
        int removed,
        int held,
        int kept,
        int unchanged)
        implements Serializable {}
