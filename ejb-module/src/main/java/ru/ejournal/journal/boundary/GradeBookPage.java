package ru.ejournal.journal.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What the grid page shows on a GET: the caller's assignments, the chosen one (null when there is
 * none), the periods of its year, the chosen period and the grid (null when there is no period).
 */
public record GradeBookPage(
        List<AssignmentOption> assignments,
        Long assignmentId,
        List<PeriodOption> periods,
        Long periodId,
        GradeBook book)
        implements Serializable {}
