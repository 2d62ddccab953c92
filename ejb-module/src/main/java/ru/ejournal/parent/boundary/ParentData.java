package ru.ejournal.parent.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import ru.ejournal.common.control.PersonNameParts;
import ru.ejournal.common.control.PhoneNumber;

/** A parent's personal data as the class teacher edits it (D3). Phones are normalised before. */
@PersonNameParts
public record ParentData(
        String lastName,
        String firstName,
        String patronymic,

        @PhoneNumber String phone,

        @PhoneNumber(message = "Дополнительный телефон в формате +7 (XXX) XXX-XX-XX")
        String extraPhone,

        @Email(message = "Адрес электронной почты указан неверно")
        @Size(max = 200, message = "E-mail: не более 200 символов")
        String email,

        @Size(max = 300, message = "Место работы: не более 300 символов")
        String workplace,

        @Size(max = 500, message = "Адрес: не более 500 символов")
        String homeAddress)
        implements Serializable, PersonNameParts.Named {}
