package ru.ejournal.school.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A class as the administrator enters it: grade 1–11, a letter (optional), the class teacher. */
public record ClassData(
        @NotNull(message = "Укажите параллель (номер класса)")
        @Min(value = 1, message = "Номер класса: от 1 до 11")
        @Max(value = 11, message = "Номер класса: от 1 до 11")
        Integer grade,

        @Size(max = 2, message = "Буква класса: одна или две буквы")
        String letter,

        Long teacherId)
        implements Serializable {}
