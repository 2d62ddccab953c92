package ru.ejournal.movement.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A departure request: when, where to, and the school order's number if already known. */
public record DepartureData(
        @NotNull(message = "Укажите дату выбытия") LocalDate effectiveDate,

        @NotBlank(message = "Укажите, куда выбывает ученик")
        @Size(max = 500, message = "Куда выбывает: не более 500 символов")
        String destination,

        @Size(max = 50, message = "Номер приказа: не более 50 символов")
        String orderNumber)
        implements Serializable {}
