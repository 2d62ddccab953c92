package ru.ejournal.movement.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What the year-end promotion did (or, read later, had done). */
public record YearEndResult(
        String fromYear,
        Long toYearId,
        String toYear,
        int lastGrade,
        int promoted,
        int graduated,
        int archived,
        int classesCreated,
        int assignmentsCopied,
        String runBy,
        Instant runAt,
        List<String> notes)
        implements Serializable {}
