package ru.ejournal.staff.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One changed field of a teaching assignment, its values as names (a teacher's, a class's), not ids. */
public record AssignmentChange(
        Instant changedAt, String changedBy, String field, String oldValue, String newValue, String reason)
        implements Serializable {}
