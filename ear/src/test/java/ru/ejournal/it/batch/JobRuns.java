package ru.ejournal.it.batch;

import java.time.Duration;
import java.util.Map;
import ru.ejournal.batch.operations.BatchJobs;
import ru.ejournal.batch.operations.ExecutionSummary;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Fixture;

/** Starts a job as an administrator and waits until it ends. */
final class JobRuns {

    private JobRuns() {}

    static ExecutionSummary run(BatchJobs jobs, String admin, String job, Map<String, String> parameters)
            throws Exception {
        long id = Caller.as(admin, Fixture.ADMIN, () -> jobs.start(job, parameters));
        return await(jobs, admin, id);
    }

    static ExecutionSummary await(BatchJobs jobs, String admin, long id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            ExecutionSummary summary = Caller.as(admin, Fixture.ADMIN, () -> jobs.execution(id));
            if (!summary.running()) {
                return summary;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("job " + job(summary) + " still running");
            }
            Thread.sleep(250);
        }
    }

    private static String job(ExecutionSummary s) {
        return s.jobName() + "#" + s.executionId();
    }
}
