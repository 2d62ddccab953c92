package ru.ejournal.journal.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A student's marks in a subject for a period: the weighted average (null for pass/fail or no
 * marks), how many marks count, the proposed period grade and the working in Russian.
 */
public record MarkSummary(BigDecimal average, int markCount, String proposed, String working) implements Serializable {}
