package ru.ejournal.batch.operations;

import static ru.ejournal.security.control.RoleNames.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import ru.ejournal.batch.common.OutputFiles;
import ru.ejournal.batch.common.ZipLimits;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.security.boundary.AccessControl;

/**
 * Starts, stops and restarts the batch jobs and reads their executions. It lives in batch-module
 * because an EJB jar sees only its own job XMLs: screens, the HTTP API, timers and tests all start
 * jobs here. Only an administrator (with an enabled account) may.
 */
@Stateless
@RolesAllowed(ADMIN)
public class BatchJobs {

    public static final String REGION_IMPORT = "region-import";
    public static final String RECONCILIATION = "attendance-reconciliation";
    public static final String ANALYTICS = "period-analytics";
    public static final List<String> JOBS = List.of(REGION_IMPORT, RECONCILIATION, ANALYTICS);

    private static final Map<String, String> EXPORTS = Map.of(
            REGION_IMPORT,
            "import-errors.csv",
            RECONCILIATION,
            "reconciliation-findings.csv",
            ANALYTICS,
            "period-analytics.csv");

    @Inject
    AccessControl access;

    public long start(String jobName, Map<String, String> parameters) {
        access.caller();
        return startAsSystem(jobName, parameters);
    }

    /** Starts a job without a signed-in caller (the schedules); parameters checked as for {@link #start}. */
    static long startAsSystem(String jobName, Map<String, String> parameters) {
        return operator().start(jobName, JobParameters.of(jobName, parameters));
    }

    /**
     * Stores an uploaded zip of exchange files on the server and starts region-import on it.
     * The zip stays in {@code <data dir>/ejournal-batch/uploads} so that a restart finds it again.
     */
    public long startImport(InputStream zip, Map<String, String> parameters) throws IOException {
        access.caller();
        Path uploads = Path.of(
                System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                "ejournal-batch",
                "uploads");
        Files.createDirectories(uploads);
        Path file = uploads.resolve(UUID.randomUUID() + ".zip");
        Files.copy(zip, file);
        try (ZipFile check = new ZipFile(file.toFile())) {
            if (check.stream()
                    .noneMatch(e ->
                            e.getName().endsWith("schools.csv") || e.getName().endsWith(".csv"))) {
                throw new BusinessException("В архиве нет файлов обмена (*.csv)");
            }
        } catch (ZipException e) {
            Files.deleteIfExists(file);
            throw new BusinessException("Файл не является zip-архивом");
        }
        try {
            ZipLimits.check(file);
        } catch (BusinessException | IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        Map<String, String> all = new HashMap<>(parameters);
        all.put("inputDir", file.toString());
        return startAsSystem(REGION_IMPORT, all);
    }

    /** Restarts a failed or stopped execution (or one a server crash left behind) from its checkpoints. */
    public long restart(long executionId) {
        access.caller();
        Properties props = operator().getParameters(executionId);
        Properties again = new Properties();
        if (props != null) {
            again.putAll(props);
        }
        again.remove("throttleMillis");
        return operator().restart(executionId, again);
    }

    public void stop(long executionId) {
        access.caller();
        operator().stop(executionId);
    }

    public void abandon(long executionId) {
        access.caller();
        operator().abandon(executionId);
    }

    public ExecutionSummary execution(long executionId) {
        access.caller();
        return summary(operator().getJobExecution(executionId));
    }

    public int instanceCount(String jobName) {
        access.caller();
        try {
            return operator().getJobInstanceCount(jobName);
        } catch (NoSuchJobException e) {
            return 0;
        }
    }

    /** Executions of the job's instances, newest instance first: a page of instances. */
    public List<ExecutionSummary> executions(String jobName, int first, int count) {
        access.caller();
        List<ExecutionSummary> result = new ArrayList<>();
        JobOperator operator = operator();
        List<JobInstance> instances;
        try {
            instances = operator.getJobInstances(jobName, first, count);
        } catch (NoSuchJobException e) {
            return result;
        }
        for (JobInstance instance : instances) {
            List<JobExecution> executions = new ArrayList<>(operator.getJobExecutions(instance));
            executions.sort((a, b) -> Long.compare(b.getExecutionId(), a.getExecutionId()));
            for (JobExecution execution : executions) {
                result.add(summary(execution));
            }
        }
        return result;
    }

    /** The report of an execution (import errors, findings, analytics) as a file on the server. */
    public Path exportFile(long executionId) throws IOException {
        access.caller();
        JobOperator operator = operator();
        JobExecution execution = operator.getJobExecution(executionId);
        JobInstance instance = operator.getJobInstance(executionId);
        return OutputFiles.directory(
                        execution.getJobName(), instance.getInstanceId(), operator.getParameters(executionId))
                .resolve(EXPORTS.get(execution.getJobName()));
    }

    private ExecutionSummary summary(JobExecution execution) {
        JobOperator operator = operator();
        long instanceId = operator.getJobInstance(execution.getExecutionId()).getInstanceId();
        List<ExecutionSummary.StepSummary> steps = new ArrayList<>();
        long read = 0;
        long written = 0;
        long skipped = 0;
        long filtered = 0;
        int done = 0;
        for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
            long r = metric(step, Metric.MetricType.READ_COUNT);
            long w = metric(step, Metric.MetricType.WRITE_COUNT);
            long s = metric(step, Metric.MetricType.PROCESS_SKIP_COUNT)
                    + metric(step, Metric.MetricType.READ_SKIP_COUNT)
                    + metric(step, Metric.MetricType.WRITE_SKIP_COUNT);
            long f = metric(step, Metric.MetricType.FILTER_COUNT);
            read += r;
            written += w;
            skipped += s;
            filtered += f;
            if (step.getBatchStatus() != null && step.getBatchStatus().name().equals("COMPLETED")) {
                done++;
            }
            steps.add(new ExecutionSummary.StepSummary(
                    step.getStepName(), String.valueOf(step.getBatchStatus()), step.getExitStatus(), r, w, s, f));
        }
        return new ExecutionSummary(
                execution.getExecutionId(),
                instanceId,
                execution.getJobName(),
                String.valueOf(execution.getBatchStatus()),
                execution.getExitStatus(),
                execution.getStartTime() == null
                        ? null
                        : execution.getStartTime().toInstant(),
                execution.getEndTime() == null ? null : execution.getEndTime().toInstant(),
                read,
                written,
                skipped,
                filtered,
                done,
                steps,
                execution.getJobParameters());
    }

    private static long metric(StepExecution step, Metric.MetricType type) {
        if (step.getMetrics() == null) {
            return 0;
        }
        for (Metric m : step.getMetrics()) {
            if (m.getType() == type) {
                return m.getValue();
            }
        }
        return 0;
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
