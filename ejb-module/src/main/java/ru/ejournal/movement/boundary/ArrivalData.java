package ru.ejournal.movement.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import ru.ejournal.common.control.PersonNameParts;
import ru.ejournal.student.entity.Gender;

/** An arrival request: the new student's data, the date and where they come from. */
@PersonNameParts
public record ArrivalData(
        String lastName,
        String firstName,
        String patronymic,

        @NotNull(message = "{student.birthDate.required}") @Past(message = "{student.birthDate.past}")
        LocalDate birthDate,

        @NotNull(message = "{student.gender.required}") Gender gender,

        @NotNull(message = "{movement.arrival.dateRequired}")
        LocalDate effectiveDate,

        @Size(max = 500, message = "{movement.arrival.originSize}")
        String origin,

        @Size(max = 50, message = "{movement.orderNumber.size}")
        String orderNumber)
        implements Serializable, PersonNameParts.Named {}
