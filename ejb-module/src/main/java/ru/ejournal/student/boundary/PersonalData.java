package ru.ejournal.student.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import ru.ejournal.student.entity.Gender;

/** A student's personal data as the class teacher edits it (D3). */
public record PersonalData(
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

        @Size(max = 300, message = "Адрес: не более 300 символов")
        String homeAddress,

        @Pattern(regexp = "|\\+7 \\(\\d{3}\\) \\d{3}-\\d{2}-\\d{2}", message = "Телефон в формате +7 (XXX) XXX-XX-XX")
        String phone)
        implements Serializable {}
