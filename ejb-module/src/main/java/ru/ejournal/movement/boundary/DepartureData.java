package ru.ejournal.movement.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A departure request: when, where to, and the school order's number if already known. */
public record DepartureData(
        @NotNull(message = "{movement.departure.dateRequired}")
        LocalDate effectiveDate,

        @NotBlank(message = "{movement.departure.destinationRequired}")
        @Size(max = 500, message = "{movement.departure.destinationSize}")
        String destination,

        @Size(max = 50, message = "{movement.orderNumber.size}")
        String orderNumber)
        implements Serializable {}
