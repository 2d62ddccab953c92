package ru.ejournal.journal.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One change in a cell's history: what, from, to, who, when. */
public record HistoryLine(
        String what, String oldValue, String newValue, String changedBy, Instant changedAt, String reason)
        implements Serializable {}
