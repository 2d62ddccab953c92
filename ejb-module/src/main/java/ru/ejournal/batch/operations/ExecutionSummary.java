package ru.ejournal.batch.operations;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/** What the admin sees of one job execution: status, step counts, the steps done, errors. */
public record ExecutionSummary(
        long executionId,
        long instanceId,
        String jobName,
        String batchStatus,
        String exitStatus,
        Instant started,
        Instant ended,
        long read,
        long written,
        long skipped,
        long filtered,
        int stepsDone,
        List<StepSummary> steps,
        Properties parameters)
        implements Serializable {

    /** One step (or partition) of the execution with its counts. */
    public record StepSummary(
            String name, String batchStatus, String exitStatus, long read, long written, long skipped, long filtered)
            implements Serializable {}

    public boolean restartable() {
        return batchStatus.equals("FAILED") || batchStatus.equals("STOPPED");
    }

    /** For screens: the start as a {@link java.util.Date}. */
    public java.util.Date startedAt() {
        return started == null ? null : java.util.Date.from(started);
    }

    public java.util.Date endedAt() {
        return ended == null ? null : java.util.Date.from(ended);
    }

    public boolean running() {
        return batchStatus.equals("STARTING") || batchStatus.equals("STARTED");
    }
}
