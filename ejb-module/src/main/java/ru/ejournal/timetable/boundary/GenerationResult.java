package ru.ejournal.timetable.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What one lesson generation did: lessons created, moved, removed, held for the administrator's
 * decision, kept by an earlier decision, and left as they were.
 */
public record GenerationResult(
        Long generationId,
        LocalDate from,
        LocalDate to,
        int created,
        int moved,
        int removed,
        int held,
        int kept,
        int unchanged)
        implements Serializable {}
