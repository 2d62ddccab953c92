package ru.ejournal.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way the access logs are written (the e-diary's visit log and the personal-data audit): a
 * service on the request path only puts an {@link AccessEvent} into a bounded in-memory queue of this
 * server; a single writer drains it every second, or as soon as {@value #BATCH} events wait, and writes
 * them with JDBC batch inserts in one transaction ({@link AccessLogWriter}). The page never waits for
 * the database and a failure to log never fails the page.
 *
 * <p>The events are append-only facts that no two servers need to share, so each server drains its own
 * queue: nothing to coordinate on a cluster. What is accepted in exchange: the events of the last second
 * (at most one flush window) are lost if the server dies, and when the queue is full ({@value
 * #CAPACITY} events, the database gone for a while) new events are dropped and counted in the server
 * log rather than slowing the pages. A normal shutdown writes what is queued.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll // appends the facts the calling services vouch for; reads nothing
public class AccessLog {

    static final int BATCH = 500;
    static final int CAPACITY = 50_000;
    static final long FLUSH_MILLIS = 1000;

    private static final Logger LOG = Logger.getLogger(AccessLog.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    AccessLogWriter writer;

    private final BlockingQueue<AccessEvent> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final ReentrantLock draining = new ReentrantLock();
    private final AtomicBoolean drainRequested = new AtomicBoolean();
    private final AtomicLong dropped = new AtomicLong();
    private ScheduledFuture<?> flushing;

    @PostConstruct
    void start() {
        flushing = scheduler.scheduleWithFixedDelay(this::drain, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (flushing != null) {
            flushing.cancel(false);
        }
        drain();
    }

    /** Queues the event; never blocks, never throws. */
    public void add(AccessEvent event) {
        if (!queue.offer(event)) {
            dropped.incrementAndGet();
            return;
        }
        if (queue.size() >= BATCH && drainRequested.compareAndSet(false, true)) {
            try {
                scheduler.execute(this::drain);
            } catch (RuntimeException e) {
                drainRequested.set(false); // the next scheduled flush takes them
            }
        }
    }

    /** Writes everything queued, a batch per transaction; one drain at a time. */
    void drain() {
        if (!draining.tryLock()) {
            return;
        }
        try {
            drainRequested.set(false);
            List<AccessEvent> batch = new ArrayList<>(BATCH);
            while (queue.drainTo(batch, BATCH) > 0) {
                write(batch);
                batch.clear();
            }
            long lost = dropped.getAndSet(0);
            if (lost > 0) {
                LOG.warning(() -> "Access log: queue full, events not written: " + lost);
            }
        } finally {
            draining.unlock();
        }
    }

    private void write(List<AccessEvent> batch) {
        try {
            writer.write(batch);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Access log: events not written: " + batch.size());
        }
    }
}
