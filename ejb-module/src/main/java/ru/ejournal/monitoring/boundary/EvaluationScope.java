package ru.ejournal.monitoring.boundary;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What to evaluate: a school, optionally narrowed to one class, one teacher and a range of lesson
 * dates. Closing fixed violations always covers the whole school: a fixed violation is closed
 * whatever scope was asked for.
 */
public record EvaluationScope(
        @NotNull(message = "{monitoring.school.required}") Long schoolId,
        Long classId,
        Long teacherId,
        LocalDate from,
        LocalDate to)
        implements Serializable {

    public static EvaluationScope school(Long schoolId) {
        return new EvaluationScope(schoolId, null, null, null, null);
    }

    public static EvaluationScope schoolClass(Long schoolId, Long classId) {
        return new EvaluationScope(schoolId, classId, null, null, null);
    }
}
