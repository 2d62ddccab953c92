package ru.ejournal.reports.control;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The nightly pass of the pupils at risk over every school, like the nightly monitoring: a persistent timer
 * kept in the database timer store ({@code journal-timers}), so a night missed while the server was down
 * runs after the restart and on a cluster one node fires it; each school runs in its own transaction under
 * its school row's lock ({@link AtRiskPass}), so even two passes at once open nothing twice.
 */
@Singleton
@DependsOn("DatabaseMigration")
public class NightlyAtRisk {

    private static final Logger LOG = Logger.getLogger(NightlyAtRisk.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AtRiskRun run;

    @Schedule(hour = "3", minute = "10", persistent = true, info = "Nightly search for pupils at risk")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        LocalDate today = LocalDate.now();
        Instant now = Instant.now();
        List<Long> schools = em.createQuery("select s.id from School s order by s.id", Long.class)
                .getResultList();
        long started = System.nanoTime();
        int opened = 0;
        int closed = 0;
        int failed = 0;
        for (Long schoolId : schools) {
            try {
                AtRiskPass.Result r = run.runAlone(schoolId, today, now);
                opened += r.opened();
                closed += r.closed();
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.WARNING, "The search for pupils at risk failed in school " + schoolId, e);
            }
        }
        int in = opened;
        int out = closed;
        int errors = failed;
        LOG.info(() -> String.format(
                "Pupils at risk: %d schools, %d entered the list, %d left it, %d errors, %.1f s",
                schools.size(), in, out, errors, (System.nanoTime() - started) / 1e9));
    }
}
