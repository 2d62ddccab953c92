package ru.ejournal.parent.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A parent's personal data as the class teacher edits it (D3). Phones are normalised before. */
public record ParentData(
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

        @Pattern(regexp = "|\\+7 \\(\\d{3}\\) \\d{3}-\\d{2}-\\d{2}", message = "Телефон в формате +7 (XXX) XXX-XX-XX")
        String phone,

        @Pattern(
                regexp = "|\\+7 \\(\\d{3}\\) \\d{3}-\\d{2}-\\d{2}",
                message = "Дополнительный телефон в формате +7 (XXX) XXX-XX-XX")
        String extraPhone,

        @Email(message = "Адрес электронной почты указан неверно")
        @Size(max = 200, message = "E-mail: не более 200 символов")
        String email,

        @Size(max = 300, message = "Место работы: не более 300 символов")
        String workplace,

        @Size(max = 500, message = "Адрес: не более 500 символов")
        String homeAddress)
        implements Serializable {}
