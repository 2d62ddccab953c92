package ru.ejournal.journal.boundary;

import java.io.Serializable;

/** The outcome of a cell save: the cell as stored now and the student's new summary (if asked). */
public record CellSaved(long lessonId, long studentId, GradeBookCell cell, MarkSummary summary)
        implements Serializable {}
