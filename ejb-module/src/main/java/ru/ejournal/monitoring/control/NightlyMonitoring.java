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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The nightly journal check of every school, as a persistent timer: the timer lives in the
 * database (WildFly's {@code journal-timers} store), so a missed night is caught up after a restart
 * and on a cluster one node runs it. Each school runs in a transaction of its own.
 */
@Singleton
public class NightlyMonitoring {

    private static final Logger LOG = Logger.getLogger(NightlyMonitoring.class.getName());

    @PersistenceContext
    EntityManager em;

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
        List<Long> schools = em.createQuery("select s.id from School s order by s.id", Long.class)
                .getResultList();
        long started = System.nanoTime();
        int opened = 0;
        int failed = 0;
        for (Long schoolId : schools) {
            try {
                opened += run.runAlone(schoolId, today, now).evaluation().opened();
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.WARNING, "The journal check of school " + schoolId + " failed", e);
            }
        }
        int total = opened;
        int errors = failed;
        LOG.info(() -> String.format(
                "Nightly journal check: %d schools, %d new violations, %d errors, %.1f s",
                schools.size(), total, errors, (System.nanoTime() - started) / 1e9));
    }
}
