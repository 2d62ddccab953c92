package ru.ejournal.batch.operations;

import java.io.Serializable;
import java.time.Instant;

/**
 * When a job runs by itself: reconciliation weekly on {@code dayOfWeek} (Mon…Sun), analytics daily
 * (dayOfWeek {@code *}), starting for every period that ended the day before.
 */
public record Schedule(
        String jobName, boolean enabled, String dayOfWeek, int hour, int minute, Instant nextRun, String updatedBy)
        implements Serializable {

    public static final java.util.List<String> DAYS =
            java.util.List.of("*", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
}
