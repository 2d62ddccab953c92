package ru.ejournal.movement.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import ru.ejournal.movement.entity.MovementKind;
import ru.ejournal.movement.entity.MovementRequest;
import ru.ejournal.movement.entity.MovementStatus;

/** A movement request as the class teacher's list and the administrator's queue show it. */
public record MovementRow(
        Long id,
        MovementKind kind,
        MovementStatus status,
        Long studentId,
        String studentName,
        String className,
        LocalDate effectiveDate,
        String destination,
        String orderNumber,
        String requestedBy,
        Instant requestedAt,
        String decidedBy,
        Instant decidedAt,
        String rejectionReason)
        implements Serializable {

    static MovementRow of(MovementRequest r) {
        String name = r.getStudent() != null
                ? r.getStudent().fullName()
                : ru.ejournal.common.entity.PersonName.full(r.getLastName(), r.getFirstName(), r.getPatronymic());
        String className = r.getSchoolClass() != null
                ? r.getSchoolClass().getName()
                : r.getStudent() != null ? r.getStudent().getSchoolClass().getName() : null;
        return new MovementRow(
                r.getId(),
                r.getKind(),
                r.getStatus(),
                r.getStudent() == null ? null : r.getStudent().getId(),
                name,
                className,
                r.getEffectiveDate(),
                r.getDestination(),
                r.getOrderNumber(),
                r.getRequestedBy(),
                r.getRequestedAt(),
                r.getDecidedBy(),
                r.getDecidedAt(),
                r.getRejectionReason());
    }
}
