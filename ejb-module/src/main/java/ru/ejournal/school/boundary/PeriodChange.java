package ru.ejournal.school.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One close or reopen of a study period: who, when, why. */
public record PeriodChange(boolean closed, String changedBy, Instant changedAt, String reason)
        implements Serializable {}
