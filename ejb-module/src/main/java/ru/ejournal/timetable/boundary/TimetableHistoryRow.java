package ru.ejournal.timetable.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One changed field of a class's timetable: a version or an entry, old and new value in words. */
public record TimetableHistoryRow(
        Instant changedAt, String changedBy, String what, String field, String oldValue, String newValue, String reason)
        implements Serializable {}
