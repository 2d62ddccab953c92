package ru.ejournal.credentials.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * A student or parent of the class and the state of their account (D2); {@code resetByAdmin}: a parent
 * with children in other classes, whose password only the school administrator resets.
 */
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
        boolean locked,
        boolean resetByAdmin)
        implements Serializable {

    /** The same row, marked as reset by the school administrator only. */
    public AccountRow withResetByAdmin() {
        return new AccountRow(
                personKind,
                personId,
                fullName,
                note,
                accountId,
                login,
                enabled,
                mustChangePassword,
                lastLoginAt,
                locked,
                true);
    }

    public boolean hasAccount() {
        return accountId != null;
    }
}
