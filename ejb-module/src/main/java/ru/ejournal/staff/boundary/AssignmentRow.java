package ru.ejournal.staff.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A teaching assignment in the administrator's list; {@code active}: it holds today. */
public record AssignmentRow(
        long id,
        long teacherId,
        String teacher,
        long classId,
        String className,
        String subject,
        String subgroup,
        LocalDate startDate,
        LocalDate endDate,
        boolean active)
        implements Serializable {}
