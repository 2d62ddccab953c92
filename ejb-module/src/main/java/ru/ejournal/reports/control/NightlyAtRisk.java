package ru.ejournal.reports.control;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;
import ru.ejournal.school.control.EverySchool;

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

    @Inject
    EverySchool everySchool;

    @Inject
    AtRiskRun run;

    @Schedule(hour = "3", minute = "10", persistent = true, info = "Nightly search for pupils at risk")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        LocalDate today = LocalDate.now();
        Instant now = Instant.now();
        EverySchool.Pass<AtRiskPass.Result> pass =
                everySchool.run("The search for pupils at risk", id -> run.runAlone(id, today, now));
        int in = pass.results().stream().mapToInt(AtRiskPass.Result::opened).sum();
        int out = pass.results().stream().mapToInt(AtRiskPass.Result::closed).sum();
        LOG.info(() -> String.format(
                "Pupils at risk: %d schools, %d entered the list, %d left it, %d errors, %.1f s",
                pass.schools(), in, out, pass.failed(), pass.seconds()));
    }
}
