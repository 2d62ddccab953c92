package ru.ejournal.it.batch;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import ru.ejournal.batch.operations.BatchJobs;
import ru.ejournal.batch.operations.ExecutionSummary;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Fixture;

/** Starts a job as a school or region administrator and waits until it ends. */
public final class JobRuns {

    private JobRuns() {}

    public static ExecutionSummary run(BatchJobs jobs, String admin, String job, Map<String, String> parameters)
            throws Exception {
        return run(jobs, admin, Fixture.ADMIN, job, parameters);
    }

    /** Starts the job as the given administrator (a school's: {@code Fixture.ADMIN}, the region's: {@code RegionAdmins.ROLES}). */
    public static ExecutionSummary run(
            BatchJobs jobs, String admin, Set<String> roles, String job, Map<String, String> parameters)
            throws Exception {
        long id = Caller.as(admin, roles, () -> jobs.start(job, parameters));
        return await(jobs, admin, roles, id);
    }

    public static ExecutionSummary await(BatchJobs jobs, String admin, long id) throws Exception {
        return await(jobs, admin, Fixture.ADMIN, id);
    }

    public static ExecutionSummary await(BatchJobs jobs, String admin, Set<String> roles, long id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            ExecutionSummary summary = Caller.as(admin, roles, () -> jobs.execution(id));
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
