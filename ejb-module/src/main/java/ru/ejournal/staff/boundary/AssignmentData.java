package ru.ejournal.staff.boundary;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;

/** A new teaching assignment: teacher × class × subject (× subgroup), from and to a date (both optional). */
public record AssignmentData(
        @NotNull(message = "{staff.assignment.teacherRequired}")
        Long teacherId,

        @NotNull(message = "{staff.assignment.classRequired}")
        Long classId,

        @NotNull(message = "{staff.assignment.subjectRequired}")
        Long subjectId,

        Long subgroupId,
        LocalDate startDate,
        LocalDate endDate)
        implements Serializable {}
