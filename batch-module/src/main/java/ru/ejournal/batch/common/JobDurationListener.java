package ru.ejournal.batch.common;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import ru.ejournal.common.control.JournalMeters;

/**
 * Records how long each execution of a job ran, by job name, for the operator's metrics ({@link JournalMeters}):
 * from its start to its end, whatever the end (completed, failed, stopped); a restart is an execution of its own.
 */
@Named
public class JobDurationListener implements JobListener {

    @Inject
    JobContext job;

    @Inject
    JournalMeters meters;

    private long started;

    @Override
    public void beforeJob() {
        started = System.nanoTime();
    }

    @Override
    public void afterJob() {
        meters.jobFinished(job.getJobName(), Duration.ofNanos(System.nanoTime() - started));
    }
}
