package ru.ejournal.common.control;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The journal's own meters, exported with the server's by WildFly's micrometer subsystem (Prometheus text at
 * {@code /metrics} on the management port, every meter tagged {@code WF_DEPLOYMENT="ejournal.ear"}): sign-ins by
 * outcome, grade-book cell saves, e-diary views and the duration of each batch job. Each meter is looked up once
 * and kept: the registry finds a meter by scanning all of the server's. The usual ones are made at start, so a
 * scrape shows them at zero before the first event (a rate needs the zero).
 */
@ApplicationScoped
public class JournalMeters {

    static final String SIGN_INS = "ejournal.sign.ins";
    static final String CELL_SAVES = "ejournal.gradebook.cell.saves";
    static final String DIARY_VIEWS = "ejournal.diary.views";
    static final String JOB_DURATION = "ejournal.batch.job.duration";

    @Inject
    MeterRegistry registry;

    private final ConcurrentMap<List<String>, Counter> signIns = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Timer> jobDurations = new ConcurrentHashMap<>();
    private Counter cellSaves;
    private Counter diaryViews;

    @PostConstruct
    void create() {
        cellSaves = registry.counter(CELL_SAVES);
        diaryViews = registry.counter(DIARY_VIEWS);
        signIns("success", true);
        signIns("invalid", false);
    }

    /** Observing the start creates the bean with the deployment (see the class comment); nothing else to do. */
    void atStart(@Observes Startup startup) {
        // the meters are made by create()
    }

    /**
     * A sign-in checked by the journal (a password or the identity provider's subject); {@code reason} is the
     * outcome's name (success, invalid, locked, blocked, throttled, unknown_subject).
     */
    public void signIn(String reason, boolean succeeded) {
        signIns(reason, succeeded).increment();
    }

    public void cellSaved() {
        cellSaves.increment();
    }

    public void diaryViewed() {
        diaryViews.increment();
    }

    public void jobFinished(String jobName, Duration duration) {
        jobDurations
                .computeIfAbsent(jobName, name -> registry.timer(JOB_DURATION, "job", name))
                .record(duration);
    }

    private Counter signIns(String reason, boolean succeeded) {
        String outcome = succeeded ? "succeeded" : "refused";
        String tag = reason.toLowerCase(Locale.ROOT);
        return signIns.computeIfAbsent(
                List.of(outcome, tag), key -> registry.counter(SIGN_INS, "outcome", outcome, "reason", tag));
    }
}
