package ru.ejournal.attendance.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A parent's absence notice as the parent and the class teacher see it; {@code photo}: a document's photo is attached. */
public record NoticeLine(
        long id,
        long studentId,
        String student,
        LocalDate from,
        LocalDate to,
        String reason,
        String comment,
        String status,
        boolean pending,
        String createdBy,
        String decidedBy,
        String decisionReason,
        boolean photo)
        implements Serializable {}
