package ru.ejournal.movement.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A transfer's target (a class of this school, or another school), the first day there and the order. */
public record TransferData(
        @NotNull(message = "Укажите, куда переводится ученик")
        Long targetId,

        @NotNull(message = "Укажите дату перевода") LocalDate effectiveDate,

        @NotBlank(message = "Укажите номер приказа") @Size(max = 50, message = "Номер приказа: не более 50 символов")
        String orderNumber)
        implements Serializable {}
