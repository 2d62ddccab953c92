package ru.ejournal.credentials.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A student or parent of the class and the state of their account (D2). */
public record AccountRow(
        String personKind,
        Long personId,
        String fullName,
        String note,
        Long accountId,
        String login,
        boolean enabled,
        boolean mustChangePassword,
        Instant lastLoginAt,
        boolean locked)
        implements Serializable {

    public boolean hasAccount() {
        return accountId != null;
    }
}
