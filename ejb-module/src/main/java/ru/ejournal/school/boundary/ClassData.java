package ru.ejournal.school.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A class as the administrator enters it: grade 1–11, a letter (optional), the class teacher. */
public record ClassData(
        @NotNull(message = "{school.class.grade.required}")
        @Min(value = 1, message = "{school.class.grade.range}")
        @Max(value = 11, message = "{school.class.grade.range}")
        Integer grade,

        @Size(max = 2, message = "{school.class.letter.size}")
        String letter,

        Long teacherId)
        implements Serializable {}
