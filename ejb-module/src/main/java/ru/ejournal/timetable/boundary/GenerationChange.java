package ru.ejournal.timetable.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A lesson a generation moved, removed or held, with the decision taken on a held one. */
public record GenerationChange(
        LocalDate date, int lessonNo, String action, String description, String proposal, String decision)
        implements Serializable {}
