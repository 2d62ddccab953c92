package ru.ejournal.operations.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A study period of the current year to choose on the analytics screens; kind is QUARTER, HALF, YEAR… */
public record AnalyticsPeriod(long id, String code, String name, String kind, LocalDate startDate, LocalDate endDate)
        implements Serializable {}
