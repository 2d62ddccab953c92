package ru.ejournal.monitoring.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A week (Monday) with the violations open at its end and those that arose during it. */
public record WeekCount(LocalDate weekStart, long openAtEnd, long arisen) implements Serializable {}
