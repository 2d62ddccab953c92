package ru.ejournal.school.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A study period on «Учебные периоды»: its dates, whether it is closed, and its last close or reopen. */
public record ClosablePeriod(
        long id,
        String yearName,
        String name,
        LocalDate startDate,
        LocalDate endDate,
        boolean closed,
        String changedBy,
        Instant changedAt,
        String reason)
        implements Serializable {}
