package ru.ejournal.movement.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A transfer's target (a class of this school, or another school), the first day there and the order. */
public record TransferData(
        @NotNull(message = "{movement.transfer.targetRequired}")
        Long targetId,

        @NotNull(message = "{movement.transfer.dateRequired}")
        LocalDate effectiveDate,

        @NotBlank(message = "{movement.orderNumber.required}") @Size(max = 50, message = "{movement.orderNumber.size}")
        String orderNumber)
        implements Serializable {}
