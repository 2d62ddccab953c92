package ru.ejournal.timetable.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A past run of the lesson generation, for its history: when, by whom, for which class, and what it did. */
public record GenerationRun(Instant runAt, String runBy, String className, GenerationResult result)
        implements Serializable {

    public Long id() {
        return result.generationId();
    }
}
