package ru.ejournal.batch.operations;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.REGION_ADMIN;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import ru.ejournal.batch.common.OutputFiles;
import ru.ejournal.batch.common.ZipLimits;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.school.entity.School;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.RegionScope;
import ru.ejournal.security.control.AccessDeniedException;

/**
 * Starts, stops and restarts the batch jobs and reads their executions ({@link BatchJobs}). It lives
 * in batch-module, the only module of the EAR that sees the job XMLs (the EAR's
 * {@code jboss-deployment-structure.xml} keeps the other modules from seeing batch-module, so that
 * WildFly lists each job once): screens, the HTTP API, timers and tests all start jobs here.
 *
 * <p>Scope: the region administrator runs jobs for the whole region or one school and sees every
 * execution; a school administrator runs them only for their own school (the job parameter
 * {@code schoolCode} is set to it, another school's code is refused) and sees, stops, restarts and
 * exports only their school's executions. The school of each instance started for one school is kept
 * in table {@code batch_job_school}; an instance without a row is region-wide.
 */
@Stateless
@Local(BatchJobs.class)
@RolesAllowed({ADMIN, REGION_ADMIN})
public class BatchJobsBean implements BatchJobs {

    /** JBeret's restart parameter: strict refuses an execution still shown as running, force takes it over. */
    static final String RESTART_MODE = "jberet.restart.mode";

    private static final Map<String, String> EXPORTS = Map.of(
            REGION_IMPORT,
            "import-errors.csv",
            RECONCILIATION,
            "reconciliation-findings.csv",
            ANALYTICS,
            "period-analytics.csv");

    private static final Logger LOG = Logger.getLogger(BatchJobsBean.class.getName());

    @Inject
    AccessControl access;

    @Inject
    RegionScope regionScope;

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    DataSource dataSource;

    @Override
    public long start(String jobName, Map<String, String> parameters) {
        Map<String, String> scoped = new HashMap<>(parameters);
        School school = scope(scoped);
        long id = startAsSystem(jobName, scoped);
        remember(jobName, id, school);
        return id;
    }

    /** Starts a job without a signed-in caller (the schedules); parameters checked as for {@link #start}. */
    static long startAsSystem(String jobName, Map<String, String> parameters) {
        return operator().start(jobName, JobParameters.of(jobName, parameters));
    }

    /**
     * Stores an uploaded zip of exchange files on the server and starts region-import on it.
     * The zip stays in {@code <data dir>/ejournal-batch/uploads} so that a restart finds it again.
     */
    @Override
    public long startImport(InputStream zip, Map<String, String> parameters) throws IOException {
        Map<String, String> scoped = new HashMap<>(parameters);
        School school = scope(scoped);
        Path uploads = OutputFiles.batchDirectory().resolve("uploads");
        Files.createDirectories(uploads);
        Path file = uploads.resolve(UUID.randomUUID() + ".zip");
        Files.copy(zip, file);
        try (ZipFile check = new ZipFile(file.toFile())) {
            if (check.stream()
                    .noneMatch(e ->
                            e.getName().endsWith("schools.csv") || e.getName().endsWith(".csv"))) {
                throw new BusinessException("batch.upload.noCsv");
            }
        } catch (ZipException e) {
            Files.deleteIfExists(file);
            throw new BusinessException("batch.upload.notZip");
        }
        try {
            ZipLimits.check(file);
        } catch (BusinessException | IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        scoped.put("inputDir", file.toString());
        long id = startAsSystem(REGION_IMPORT, scoped);
        remember(REGION_IMPORT, id, school);
        return id;
    }

    /**
     * Restarts a failed or stopped execution from its checkpoints. On one server an execution a crash
     * left shown as running is restarted too (JBeret's default, {@code detect}: not running in this
     * server); on a cluster ({@code ejournal.cluster=true}) the restart is {@code strict}, since such
     * an execution may be alive on another node: {@link #restartElsewhere} is the explicit action.
     */
    @Override
    public long restart(long executionId) {
        checkExecution(executionId);
        Properties again = restartParameters(executionId);
        if (Boolean.getBoolean("ejournal.cluster")) {
            again.setProperty(RESTART_MODE, "strict");
            String status =
                    String.valueOf(operator().getJobExecution(executionId).getBatchStatus());
            if (!status.equals("FAILED") && !status.equals("STOPPED")) {
                throw new BusinessException("batch.restart.running", executionId, status);
            }
        }
        return operator().restart(executionId, again);
    }

    @Override
    public long restartElsewhere(long executionId) {
        checkExecution(executionId);
        String status = String.valueOf(operator().getJobExecution(executionId).getBatchStatus());
        if (!status.equals("STARTING") && !status.equals("STARTED") && !status.equals("STOPPING")) {
            throw new BusinessException("batch.restart.notRunning", executionId, status);
        }
        Properties again = restartParameters(executionId);
        again.setProperty(RESTART_MODE, "force");
        LOG.warning("Execution " + executionId + " of job "
                + operator().getJobExecution(executionId).getJobName()
                + " restarted on node " + System.getProperty("jboss.node.name") + " at the command of "
                + access.caller().getLogin() + ": its node was declared stopped");
        return operator().restart(executionId, again);
    }

    /** The parameters of the execution again, without the throttle (a test's brake). */
    private static Properties restartParameters(long executionId) {
        Properties props = operator().getParameters(executionId);
        Properties again = new Properties();
        if (props != null) {
            again.putAll(props);
        }
        again.remove("throttleMillis");
        again.remove(RESTART_MODE);
        return again;
    }

    @Override
    public void stop(long executionId) {
        checkExecution(executionId);
        operator().stop(executionId);
    }

    @Override
    public void abandon(long executionId) {
        checkExecution(executionId);
        operator().abandon(executionId);
    }

    @Override
    public ExecutionSummary execution(long executionId) {
        checkExecution(executionId);
        return summary(operator().getJobExecution(executionId));
    }

    @Override
    public int instanceCount(String jobName) {
        Long school = ownSchool();
        if (school != null) {
            return countOfSchool(jobName, school);
        }
        try {
            return operator().getJobInstanceCount(jobName);
        } catch (NoSuchJobException e) {
            return 0;
        }
    }

    @Override
    public List<ExecutionSummary> executions(String jobName, int first, int count) {
        Long school = ownSchool();
        List<ExecutionSummary> result = new ArrayList<>();
        JobOperator operator = operator();
        List<JobInstance> instances;
        try {
            instances = school == null
                    ? operator.getJobInstances(jobName, first, count)
                    : instancesOfSchool(jobName, school, first, count);
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

    @Override
    public Path exportFile(long executionId) throws IOException {
        checkExecution(executionId);
        JobOperator operator = operator();
        JobExecution execution = operator.getJobExecution(executionId);
        JobInstance instance = operator.getJobInstance(executionId);
        return OutputFiles.directory(
                        execution.getJobName(), instance.getInstanceId(), operator.getParameters(executionId))
                .resolve(EXPORTS.get(execution.getJobName()));
    }

    /**
     * Fixes the school of a start in its parameters: the caller's own school for a school
     * administrator (another school's code refused), the asked one (or none: the region) for the
     * region administrator.
     */
    private School scope(Map<String, String> parameters) {
        School school = regionScope.checkJobSchool(parameters.get("schoolCode"));
        if (school == null) {
            parameters.remove("schoolCode");
        } else {
            parameters.put("schoolCode", school.getCode());
        }
        return school;
    }

    /** Null for the region administrator (every execution); else the id of the caller's school. */
    private Long ownSchool() {
        if (regionScope.isRegionAdmin()) {
            return null;
        }
        School own = access.callerSchool();
        if (own == null) {
            throw new AccessDeniedException("batch.access.jobs");
        }
        return own.getId();
    }

    private void checkExecution(long executionId) {
        if (regionScope.isRegionAdmin()) {
            return;
        }
        Long school;
        try {
            school = schoolOf(operator().getJobInstance(executionId).getInstanceId());
        } catch (jakarta.batch.operations.NoSuchJobExecutionException e) {
            school = null;
        }
        if (!regionScope.mayManageJobOf(school)) {
            throw new AccessDeniedException("batch.access.otherSchool");
        }
    }

    private void remember(String jobName, long executionId, School school) {
        if (school == null) {
            return;
        }
        long instanceId = operator().getJobInstance(executionId).getInstanceId();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO batch_job_school (job_instance_id,"
                                + " first_execution_id, job_name, school_id, started_by, started_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, instanceId);
            ps.setLong(2, executionId);
            ps.setString(3, jobName);
            ps.setLong(4, school.getId());
            ps.setString(5, access.caller().getLogin());
            ps.setTimestamp(6, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The school of the job execution was not saved", e);
        }
    }

    private Long schoolOf(long instanceId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT school_id FROM batch_job_school WHERE job_instance_id = ?")) {
            ps.setLong(1, instanceId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int countOfSchool(String jobName, long schoolId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT COUNT(*) FROM batch_job_school WHERE school_id = ? AND job_name = ?")) {
            ps.setLong(1, schoolId);
            ps.setString(2, jobName);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A page of the school's instances of the job, newest first, as the operator knows them. */
    private List<JobInstance> instancesOfSchool(String jobName, long schoolId, int first, int count) {
        List<JobInstance> result = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT first_execution_id FROM batch_job_school"
                        + " WHERE school_id = ? AND job_name = ? ORDER BY job_instance_id DESC"
                        + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
            ps.setLong(1, schoolId);
            ps.setString(2, jobName);
            ps.setInt(3, Math.max(0, first));
            ps.setInt(4, Math.max(1, count));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(operator().getJobInstance(rs.getLong(1)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
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
