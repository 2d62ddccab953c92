package ru.ejournal.monitoring.control;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Logger;
import ru.ejournal.school.control.EverySchool;

/**
 * The nightly journal check of every school, as a persistent timer: the timer lives in the
 * database (WildFly's {@code journal-timers} store), so a missed night is caught up after a restart
 * and on a cluster one node runs it. Each school runs in a transaction of its own.
 */
@Singleton
public class NightlyMonitoring {

    private static final Logger LOG = Logger.getLogger(NightlyMonitoring.class.getName());

    @Inject
    EverySchool everySchool;

    @Inject
    MonitoringRun run;

    @Resource
    TimerService timers;

    /** The nightly timer as the container keeps it. */
    public record NightlySchedule(boolean persistent, Date nextRun, String info) {}

    /** When the nightly check runs next, and whether its timer is kept in the database. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR})
    @Lock(LockType.READ)
    public Optional<NightlySchedule> schedule() {
        return timers.getTimers().stream()
                .findFirst()
                .map(t -> new NightlySchedule(t.isPersistent(), t.getNextTimeout(), String.valueOf(t.getInfo())));
    }

    @Schedule(hour = "2", minute = "30", persistent = true, info = "Nightly check of the journal")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly(Timer timer) {
        LocalDate today = LocalDate.now();
        Instant now = Instant.now();
        EverySchool.Pass<Integer> pass = everySchool.run(
                "The journal check",
                id -> run.runAlone(id, today, now).evaluation().opened());
        int opened = pass.results().stream().mapToInt(Integer::intValue).sum();
        LOG.info(() -> String.format(
                "Nightly journal check: %d schools, %d new violations, %d errors, %.1f s",
                pass.schools(), opened, pass.failed(), pass.seconds()));
    }
}
