package ru.ejournal.monitoring.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * A mass mark-change alert in the list: whose account, the burst's first and last change, how many
 * changes (of past lessons, of lessons not taught), whether it may still grow, and its revert.
 */
public record MarkAlertRow(
        Long id,
        String accountLogin,
        String accountName,
        Instant firstChangeAt,
        Instant lastChangeAt,
        int changeCount,
        int pastCount,
        int notTaughtCount,
        boolean growing,
        Instant revertedAt,
        String revertedBy,
        Integer revertedCount,
        Integer skippedCount,
        long version)
        implements Serializable {

    public boolean reverted() {
        return revertedAt != null;
    }
}
