package ru.ejournal.region.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One line of a school's history: which field, from what to what, who, when, why. */
public record SchoolChange(
        Instant changedAt,
        String changedBy,
        String entity,
        String field,
        String oldValue,
        String newValue,
        String reason)
        implements Serializable {}
