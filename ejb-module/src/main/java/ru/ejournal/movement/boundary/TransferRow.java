package ru.ejournal.movement.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import ru.ejournal.movement.entity.MovementKind;
import ru.ejournal.movement.entity.MovementRequest;
import ru.ejournal.movement.entity.MovementStatus;

/**
 * A transfer (to another class or another school) as both schools' administrators see it: the pupil,
 * from where to where, the date and both orders' numbers.
 */
public record TransferRow(
        Long id,
        MovementKind kind,
        MovementStatus status,
        Long studentId,
        String studentName,
        String fromSchool,
        String fromClass,
        String toSchool,
        String toClass,
        LocalDate effectiveDate,
        String orderNumber,
        String targetOrderNumber,
        Long newStudentId,
        String requestedBy,
        Instant requestedAt,
        String decidedBy,
        Instant decidedAt,
        String rejectionReason)
        implements Serializable {

    static TransferRow of(MovementRequest r) {
        boolean school = r.getKind() == MovementKind.SCHOOL_TRANSFER;
        String fromClass =
                r.getSchoolClass() == null ? null : r.getSchoolClass().getName();
        return new TransferRow(
                r.getId(),
                r.getKind(),
                r.getStatus(),
                r.getStudent().getId(),
                r.getStudent().fullName(),
                r.getSchool().getName(),
                fromClass,
                school ? r.getTargetSchool().getName() : r.getSchool().getName(),
                r.getTargetClass() == null ? null : r.getTargetClass().getName(),
                r.getEffectiveDate(),
                r.getOrderNumber(),
                r.getTargetOrderNumber(),
                r.getResultStudent() == null ? null : r.getResultStudent().getId(),
                r.getRequestedBy(),
                r.getRequestedAt(),
                r.getDecidedBy(),
                r.getDecidedAt(),
                r.getRejectionReason());
    }
}
