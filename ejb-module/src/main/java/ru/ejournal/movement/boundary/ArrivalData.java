package ru.ejournal.movement.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import ru.ejournal.student.entity.Gender;

/** An arrival request: the new student's data, the date and where they come from. */
public record ArrivalData(
        @NotBlank(message = "Укажите фамилию")
        @Size(max = 100, message = "Фамилия: не более 100 символов")
        @Pattern(regexp = "[\\p{IsCyrillic}\\p{IsLatin} '\\-]+", message = "Фамилия: только буквы, пробел и дефис")
        String lastName,

        @NotBlank(message = "Укажите имя")
        @Size(max = 100, message = "Имя: не более 100 символов")
        @Pattern(regexp = "[\\p{IsCyrillic}\\p{IsLatin} '\\-]+", message = "Имя: только буквы, пробел и дефис")
        String firstName,

        @Size(max = 100, message = "Отчество: не более 100 символов")
        @Pattern(regexp = "[\\p{IsCyrillic}\\p{IsLatin} '\\-]*", message = "Отчество: только буквы, пробел и дефис")
        String patronymic,

        @NotNull(message = "Укажите дату рождения") @Past(message = "Дата рождения должна быть в прошлом")
        LocalDate birthDate,

        @NotNull(message = "Укажите пол") Gender gender,
        @NotNull(message = "Укажите дату прибытия") LocalDate effectiveDate,

        @Size(max = 500, message = "Откуда прибыл: не более 500 символов")
        String origin,

        @Size(max = 50, message = "Номер приказа: не более 50 символов")
        String orderNumber)
        implements Serializable {}
