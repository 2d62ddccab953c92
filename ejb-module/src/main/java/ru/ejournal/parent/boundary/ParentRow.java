package ru.ejournal.parent.boundary;

import java.io.Serializable;
import java.time.Instant;

/** One line of the parents' list of a class, or one match when looking for an existing parent. */
public record ParentRow(
        Long id,
        String fullName,
        String phone,
        String children,
        Instant verifiedAt,
        boolean stale,
        String login,
        Instant lastVisit)
        implements Serializable {}
