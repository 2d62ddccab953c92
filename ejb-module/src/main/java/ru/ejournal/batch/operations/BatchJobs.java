package ru.ejournal.batch.operations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Starts, stops and restarts the batch jobs and reads their executions (screens, the HTTP API,
 * tests). The implementation ({@code BatchJobsBean}) lives in batch-module, the only module of the
 * EAR that declares the job XMLs; this interface lives in ejb-module so that the web module and
 * ejb-module call it without seeing batch-module (which would make WildFly list every job under
 * each module that sees it). Injected with {@code @Inject} through {@link BatchOperations}.
 *
 * <p>Scope: the region administrator runs jobs for the whole region or one school and sees every
 * execution; a school administrator only for their own school.
 */
public interface BatchJobs {

    String REGION_IMPORT = "region-import";
    String RECONCILIATION = "attendance-reconciliation";
    String ANALYTICS = "period-analytics";
    List<String> JOBS = List.of(REGION_IMPORT, RECONCILIATION, ANALYTICS);

    long start(String jobName, Map<String, String> parameters);

    /**
     * Stores an uploaded zip of exchange files in the shared batch directory and starts
     * region-import on it, so that a restart (on any node of a cluster) finds it again.
     */
    long startImport(InputStream zip, Map<String, String> parameters) throws IOException;

    /**
     * Restarts a failed or stopped execution from its checkpoints. On a cluster the restart is
     * strict: an execution still shown as running is refused (it may be alive on another node).
     */
    long restart(long executionId);

    /**
     * "The node is gone: restart elsewhere": restarts an execution left STARTED by a server that
     * died (JBeret's {@code jberet.restart.mode=force}), here, from its checkpoints. The caller
     * asserts the node that ran it is dead; an execution of a living node must not be forced.
     */
    long restartElsewhere(long executionId);

    void stop(long executionId);

    void abandon(long executionId);

    ExecutionSummary execution(long executionId);

    int instanceCount(String jobName);

    /** Executions of the job's instances, newest instance first: a page of instances. */
    List<ExecutionSummary> executions(String jobName, int first, int count);

    /** The report of an execution (import errors, findings, analytics) as a file on the server. */
    Path exportFile(long executionId) throws IOException;
}
