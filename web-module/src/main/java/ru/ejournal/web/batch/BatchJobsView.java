package ru.ejournal.web.batch;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import ru.ejournal.batch.operations.BatchJobs;
import ru.ejournal.batch.operations.BatchSchedules;
import ru.ejournal.batch.operations.ExecutionSummary;
import ru.ejournal.batch.operations.Schedule;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.web.common.DateRangeForm;
import ru.ejournal.web.common.Feedback;
import ru.ejournal.web.common.PagedRows;

/** The administrator's batch screen: executions (paged), start, stop, restart, reports, schedules. */
@Named
@ViewScoped
public class BatchJobsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BatchJobs jobs;

    @Inject
    BatchSchedules schedules;

    private String jobName = BatchJobs.RECONCILIATION;
    /** A page of job instances of the chosen job with their executions, newest first. */
    private final LazyDataModel<ExecutionSummary> executions = new PagedRows<>(
            () -> jobs.instanceCount(jobName),
            (first, pageSize) -> jobs.executions(jobName, first, pageSize),
            ExecutionSummary::executionId,
            id -> jobs.execution(id));

    private final DateRangeForm dates = new DateRangeForm();
    private String schoolCode;
    private String periodCode;

    @PostConstruct
    void init() {
        loadSchedules();
    }

    public void startReconciliation() {
        LocalDate from = dates.getFrom();
        LocalDate to = dates.getTo();
        if (from != null && to != null && to.isBefore(from)) {
            Feedback.refuse(null, Feedback.text("bat", "error.range"));
            return;
        }
        Map<String, String> parameters = new HashMap<>();
        parameters.put("from", from == null ? null : from.toString());
        parameters.put("to", to == null ? null : to.toString());
        parameters.put("schoolCode", schoolCode);
        started(BatchJobs.RECONCILIATION, () -> jobs.start(BatchJobs.RECONCILIATION, parameters));
    }

    public void startAnalytics() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("periodCode", periodCode);
        parameters.put("schoolCode", schoolCode);
        started(BatchJobs.ANALYTICS, () -> jobs.start(BatchJobs.ANALYTICS, parameters));
    }

    public void upload(FileUploadEvent event) {
        started(BatchJobs.REGION_IMPORT, () -> {
            try (InputStream in = event.getFile().getInputStream()) {
                return jobs.startImport(in, Map.of());
            }
        });
    }

    public void stop(ExecutionSummary row) {
        act(() -> {
            jobs.stop(row.executionId());
            Feedback.info(Feedback.text("bat", "stopped") + " " + row.executionId());
            return null;
        });
    }

    public void restart(ExecutionSummary row) {
        act(() -> {
            long id = jobs.restart(row.executionId());
            Feedback.info(Feedback.text("bat", "restarted") + " " + id);
            return null;
        });
    }

    /** "The node is gone: restart here": takes over an execution a dead node of a cluster left running. */
    public void restartElsewhere(ExecutionSummary row) {
        act(() -> {
            long id = jobs.restartElsewhere(row.executionId());
            Feedback.info(Feedback.text("bat", "restarted") + " " + id);
            return null;
        });
    }

    public StreamedContent report(ExecutionSummary row) {
        try {
            Path file = jobs.exportFile(row.executionId());
            if (!Files.exists(file)) {
                Feedback.refuse(null, Feedback.text("bat", "error.noReport"));
                return null;
            }
            return DefaultStreamedContent.builder().name(file.getFileName().toString()).contentType("text/csv").stream(
                            () -> {
                                try {
                                    return Files.newInputStream(file);
                                } catch (IOException e) {
                                    throw new IllegalStateException(e);
                                }
                            })
                    .build();
        } catch (IOException e) {
            Feedback.refuse(null, e.getMessage());
            return null;
        }
    }

    public void saveSchedule(Schedule row) {
        act(() -> {
            schedules.update(row.jobName(), row.enabled(), row.dayOfWeek(), row.hour(), row.minute());
            Feedback.info(Feedback.text("bat", "scheduleSaved"));
            loadSchedules();
            return null;
        });
    }

    public List<String> getJobNames() {
        return BatchJobs.JOBS;
    }

    public List<String> getDays() {
        return Schedule.DAYS;
    }

    private void loadSchedules() {
        try {
            editableSchedules =
                    schedules.schedules().stream().map(ScheduleRow::of).toList();
        } catch (SQLException e) {
            Feedback.refuse(null, e.getMessage());
        }
    }

    private List<ScheduleRow> editableSchedules;

    public List<ScheduleRow> getSchedules() {
        return editableSchedules;
    }

    public void saveScheduleRow(ScheduleRow row) {
        if (row.getHour() == null || row.getMinute() == null) {
            Feedback.refuse(null, Feedback.text("bat", "error.time"));
            return;
        }
        saveSchedule(row.toSchedule());
    }

    /** A schedule as the form edits it. */
    public static class ScheduleRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String jobName;
        private boolean enabled;
        private String dayOfWeek;
        private Integer hour;
        private Integer minute;
        private java.time.Instant nextRun;

        static ScheduleRow of(Schedule s) {
            ScheduleRow r = new ScheduleRow();
            r.jobName = s.jobName();
            r.enabled = s.enabled();
            r.dayOfWeek = s.dayOfWeek();
            r.hour = s.hour();
            r.minute = s.minute();
            r.nextRun = s.nextRun();
            return r;
        }

        Schedule toSchedule() {
            return new Schedule(
                    jobName, enabled, dayOfWeek, hour == null ? -1 : hour, minute == null ? -1 : minute, nextRun, null);
        }

        public String getJobName() {
            return jobName;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getDayOfWeek() {
            return dayOfWeek;
        }

        public void setDayOfWeek(String dayOfWeek) {
            this.dayOfWeek = dayOfWeek;
        }

        public Integer getHour() {
            return hour;
        }

        public void setHour(Integer hour) {
            this.hour = hour;
        }

        public Integer getMinute() {
            return minute;
        }

        public void setMinute(Integer minute) {
            this.minute = minute;
        }

        public java.util.Date getNextRun() {
            return nextRun == null ? null : java.util.Date.from(nextRun);
        }
    }

    private interface Action<T> {
        T run() throws Exception;
    }

    private void started(String job, Action<Long> action) {
        act(() -> {
            long id = action.run();
            jobName = job;
            Feedback.info(Feedback.text("bat", "started") + " " + id);
            return null;
        });
    }

    private void act(Action<?> action) {
        try {
            action.run();
        } catch (BusinessException | AccessDeniedException e) {
            Feedback.refuse(null, Feedback.message(e));
        } catch (EJBException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            Feedback.refuse(
                    null,
                    cause instanceof BusinessException
                            ? Feedback.message(cause)
                            : Feedback.text("bat", "error.failed") + ": " + cause.getMessage());
        } catch (Exception e) {
            Feedback.refuse(null, Feedback.text("bat", "error.failed") + ": " + e.getMessage());
        }
    }

    public LazyDataModel<ExecutionSummary> getExecutions() {
        return executions;
    }

    public String getJobName() {
        return jobName;
    }

    public void setJobName(String jobName) {
        this.jobName = jobName;
    }

    public DateRangeForm getDates() {
        return dates;
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public void setSchoolCode(String schoolCode) {
        this.schoolCode = schoolCode;
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public void setPeriodCode(String periodCode) {
        this.periodCode = periodCode;
    }
}
