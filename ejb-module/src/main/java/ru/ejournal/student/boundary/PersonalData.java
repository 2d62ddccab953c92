package ru.ejournal.student.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import ru.ejournal.common.control.PersonNameParts;
import ru.ejournal.common.control.PhoneNumber;
import ru.ejournal.student.entity.Gender;

/** A student's personal data as the class teacher edits it (D3). */
@PersonNameParts
public record PersonalData(
        String lastName,
        String firstName,
        String patronymic,

        @NotNull(message = "{student.birthDate.required}") @Past(message = "{student.birthDate.past}")
        LocalDate birthDate,

        @NotNull(message = "{student.gender.required}") Gender gender,

        @Size(max = 300, message = "{student.address.size}") String homeAddress,

        @PhoneNumber String phone)
        implements Serializable, PersonNameParts.Named {}
