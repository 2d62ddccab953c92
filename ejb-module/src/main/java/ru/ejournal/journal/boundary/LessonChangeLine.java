package ru.ejournal.journal.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One change of a lesson as its history shows it: what, from what to what, who, when, why. */
public record LessonChangeLine(
        String what, String oldValue, String newValue, String changedBy, Instant changedAt, String reason)
        implements Serializable {}
