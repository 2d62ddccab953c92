package ru.ejournal.staff.boundary;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;

/** A new teaching assignment: teacher × class × subject (× subgroup), from and to a date (both optional). */
public record AssignmentData(
        @NotNull(message = "Выберите учителя") Long teacherId,
        @NotNull(message = "Выберите класс") Long classId,
        @NotNull(message = "Выберите предмет") Long subjectId,
        Long subgroupId,
        LocalDate startDate,
        LocalDate endDate)
        implements Serializable {}
