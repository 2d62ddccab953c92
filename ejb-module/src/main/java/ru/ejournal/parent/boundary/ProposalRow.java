package ru.ejournal.parent.boundary;

import java.io.Serializable;
import java.time.Instant;
import ru.ejournal.parent.entity.ProposalStatus;

/** One proposed field change as the class teacher's queue and the parent's list show it. */
public record ProposalRow(
        Long id,
        String parentName,
        String subject,
        String fieldTitle,
        String oldValue,
        String newValue,
        ProposalStatus status,
        Instant proposedAt,
        String decidedBy,
        String rejectReason)
        implements Serializable {}
