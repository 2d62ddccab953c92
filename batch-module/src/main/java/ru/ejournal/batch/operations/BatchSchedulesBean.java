package ru.ejournal.batch.operations;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.REGION_ADMIN;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Local;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import ru.ejournal.batch.common.Sql;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.RegionScope;

/**
 * The schedules of the jobs as persistent EJB timers (stored in the database, so that on a cluster
 * one node fires each). The admin edits a schedule; its timer is then replaced. At start-up every
 * schedule of table {@code batch_schedule} gets its timer if it has none.
 */
@Singleton
@Startup
@DependsOn("ejb-module.jar#DatabaseMigration")
@PermitAll
@Local(BatchSchedules.class)
public class BatchSchedulesBean implements BatchSchedules {

    private static final Logger LOG = Logger.getLogger(BatchSchedulesBean.class.getName());

    @Resource
    TimerService timers;

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    DataSource dataSource;

    @Inject
    AccessControl access;

    @Inject
    RegionScope regionScope;

    /**
     * Every enabled schedule gets its timer if it has none. Nodes of a cluster starting together: the
     * row locks on {@code batch_schedule} let one node at a time look and create (the second waits for
     * the first's commit), and the database timer store's table shows the timers another node created
     * that this node has not read yet (it reads them each refresh interval).
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void createMissingTimers() {
        try (Connection c = dataSource.getConnection()) {
            for (Schedule s : read(c, true)) {
                if (s.enabled() && timerOf(s.jobName()) == null && !storedTimer(c, s)) {
                    create(s);
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The batch job schedules were not read", e);
        }
    }

    /** A timer of this schedule in the database timer store (partition {@code ejournal}, see configure.cli). */
    private static boolean storedTimer(Connection c, Schedule s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM jboss_ejb_timer WHERE partition_name ="
                + " 'ejournal' AND timed_object_id LIKE '%.BatchSchedulesBean' AND timer_state NOT IN"
                + " ('CANCELED', 'EXPIRED') AND schedule_expr_day_of_week = ? AND schedule_expr_hour = ? AND"
                + " schedule_expr_minute = ?")) {
            ps.setString(1, s.dayOfWeek());
            ps.setString(2, Integer.toString(s.hour()));
            ps.setString(3, Integer.toString(s.minute()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    @Override
    @RolesAllowed({ADMIN, REGION_ADMIN})
    public List<Schedule> schedules() throws SQLException {
        access.caller();
        List<Schedule> result = new ArrayList<>();
        for (Schedule s : read()) {
            Timer timer = timerOf(s.jobName());
            result.add(new Schedule(
                    s.jobName(),
                    s.enabled(),
                    s.dayOfWeek(),
                    s.hour(),
                    s.minute(),
                    timer == null ? null : timer.getNextTimeout().toInstant(),
                    s.updatedBy()));
        }
        return result;
    }

    /** Only the region administrator edits the schedules: the jobs they start run for the whole region. */
    @Override
    @RolesAllowed(REGION_ADMIN)
    public Schedule update(String jobName, boolean enabled, String dayOfWeek, int hour, int minute)
            throws SQLException {
        String login = regionScope.checkRegionAdmin().getLogin();
        if (!Schedule.DAYS.contains(dayOfWeek)) {
            throw new BusinessException("batch.schedule.day");
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            throw new BusinessException("batch.schedule.time");
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE batch_schedule SET enabled = ?, day_of_week = ?,"
                        + " hour_of_day = ?, minute_of_hour = ?, updated_at = ?, updated_by = ? WHERE job_name = ?")) {
            ps.setBoolean(1, enabled);
            ps.setString(2, dayOfWeek);
            ps.setInt(3, hour);
            ps.setInt(4, minute);
            ps.setTimestamp(5, Sql.nowUtc());
            ps.setString(6, login);
            ps.setString(7, jobName);
            if (ps.executeUpdate() != 1) {
                throw new BusinessException("batch.schedule.none", jobName);
            }
        }
        Timer old = timerOf(jobName);
        if (old != null) {
            old.cancel();
        }
        Schedule schedule = new Schedule(jobName, enabled, dayOfWeek, hour, minute, null, login);
        Timer timer = enabled ? create(schedule) : null;
        return new Schedule(
                jobName,
                enabled,
                dayOfWeek,
                hour,
                minute,
                timer == null ? null : timer.getNextTimeout().toInstant(),
                login);
    }

    @Timeout
    void fire(Timer timer) {
        String job = (String) timer.getInfo();
        try {
            if (job.equals(BatchJobs.RECONCILIATION)) {
                BatchJobsBean.startAsSystem(job, Map.of());
            } else if (job.equals(BatchJobs.ANALYTICS)) {
                for (String period : periodsEndedYesterday()) {
                    BatchJobsBean.startAsSystem(job, Map.of("periodCode", period));
                }
            }
        } catch (RuntimeException | SQLException e) {
            LOG.log(Level.SEVERE, "The scheduled job " + job + " was not started", e);
        }
    }

    private List<String> periodsEndedYesterday() throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT DISTINCT code FROM study_period WHERE end_date = ? ORDER BY code")) {
            ps.setDate(1, Date.valueOf(LocalDate.now().minusDays(1)));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
        }
        return codes;
    }

    private Timer create(Schedule s) {
        ScheduleExpression expression = new ScheduleExpression()
                .dayOfWeek(s.dayOfWeek())
                .hour(s.hour())
                .minute(s.minute())
                .second(0);
        return timers.createCalendarTimer(expression, new TimerConfig(s.jobName(), true));
    }

    private Timer timerOf(String jobName) {
        for (Timer t : timers.getTimers()) {
            if (jobName.equals(t.getInfo())) {
                return t;
            }
        }
        return null;
    }

    private List<Schedule> read() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return read(c, false);
        }
    }

    private static List<Schedule> read(Connection c, boolean lock) throws SQLException {
        List<Schedule> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT job_name, enabled, day_of_week, hour_of_day,"
                        + " minute_of_hour, updated_by FROM batch_schedule ORDER BY job_name"
                        + (lock ? " FOR UPDATE" : ""));
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new Schedule(
                        rs.getString(1),
                        rs.getBoolean(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        null,
                        rs.getString(6)));
            }
        }
        return result;
    }
}
