package ru.ejournal.notification.control;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute: queue the notices of the latest changes ({@link NotificationScan}) and send what is due
 * ({@link OutboxDrain}: new notices, digests whose hour came, retries). A persistent timer, kept in the
 * database timer store ({@code journal-timers}) like the nightly monitoring, so on a cluster one server
 * fires it; the scan's row lock and the outbox's claims keep a letter from going twice even if two
 * servers drain at once (the message copies' after-commit drain does).
 */
@Singleton
@DependsOn("DatabaseMigration")
public class OutboxTimer {

    private static final Logger LOG = Logger.getLogger(OutboxTimer.class.getName());

    @Inject
    NotificationScan scan;

    @Inject
    OutboxDrain drain;

    @Schedule(hour = "*", minute = "*", persistent = true, info = "Notifications by e-mail")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMinute() {
        try {
            Instant now = Instant.now();
            scan.scan(now);
            drain.drain(now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notifications by e-mail: sending failed", e);
        }
    }
}
