package ru.ejournal.monitoring.control;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the mark-change scan every minute on every server. The timer is not persistent: a missed minute
 * needs no catching up (the next scan reads everything since the last one), and the servers of a cluster
 * take turns on the scan's database lock instead of sharing a timer. It starts after the database
 * migration, whose tables it reads.
 */
@Singleton
@DependsOn("DatabaseMigration")
public class MarkAlertTimer {

    private static final Logger LOG = Logger.getLogger(MarkAlertTimer.class.getName());

    @Inject
    MarkChangeScan scan;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "Check of mass mark changes")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMinute() {
        try {
            int alerts = scan.scan();
            if (alerts > 0) {
                LOG.info(() -> "Mass mark changes: new or grown alerts: " + alerts);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The check of mass mark changes failed", e);
        }
    }
}
