package ru.ejournal.timetable.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A version of a class's timetable: in force from {@code validFrom} to {@code validTo} (null: open). */
public record VersionRow(Long id, LocalDate validFrom, LocalDate validTo, boolean draft, int entries)
        implements Serializable {}
