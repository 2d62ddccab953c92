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

        @PhoneNumber(message = "{parent.extraPhone.format}") String extraPhone,

        @Email(message = "{parent.email.invalid}") @Size(max = 200, message = "{parent.email.size}")
        String email,

        @Size(max = 300, message = "{parent.workplace.size}")
        String workplace,

        @Size(max = 500, message = "{parent.address.size}") String homeAddress)
        implements Serializable, PersonNameParts.Named {}
