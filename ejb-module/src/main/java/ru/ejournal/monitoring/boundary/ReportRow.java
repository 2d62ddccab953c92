package ru.ejournal.monitoring.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A class teacher's report as the deputy director sees it. */
public record ReportRow(
        Long id,
        String className,
        String authorName,
        String comment,
        Instant createdAt,
        int violationCount,
        long stillOpen)
        implements Serializable {

    public LocalDateTime createdLocal() {
        return LocalDateTime.ofInstant(createdAt, ZoneId.systemDefault());
    }
}
