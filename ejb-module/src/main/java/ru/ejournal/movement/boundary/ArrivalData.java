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

        @NotNull(message = "Укажите дату рождения") @Past(message = "Дата рождения должна быть в прошлом")
        LocalDate birthDate,

        @NotNull(message = "Укажите пол") Gender gender,
        @NotNull(message = "Укажите дату прибытия") LocalDate effectiveDate,

        @Size(max = 500, message = "Откуда прибыл: не более 500 символов")
        String origin,

        @Size(max = 50, message = "Номер приказа: не более 50 символов")
        String orderNumber)
        implements Serializable, PersonNameParts.Named {}
