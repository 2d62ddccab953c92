package ru.ejournal.web.lessons;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.primefaces.PrimeFaces;
import ru.ejournal.school.boundary.ClosablePeriod;
import ru.ejournal.school.boundary.PeriodChange;
import ru.ejournal.school.boundary.PeriodClosingService;
import ru.ejournal.web.common.Feedback;

/**
 * «Учебные периоды» ({@code /deputy/periods.xhtml}): the school's periods; the administrator or the
 * deputy director closes or reopens one with a reason (a dialog), and reads its history.
 */
@Named
@ViewScoped
public class PeriodsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PeriodClosingService service;

    private List<ClosablePeriod> periods = List.of();
    private ClosablePeriod selected;
    private String reason;
    private List<PeriodChange> history = List.of();

    @PostConstruct
    void init() {
        Feedback.load(this::reload);
    }

    private void reload() {
        periods = service.periods();
    }

    /** Opens the reason dialog for closing or reopening the row's period. */
    public void choose(ClosablePeriod row) {
        selected = row;
        reason = null;
    }

    /** Closes or reopens the chosen period, as its state says. */
    public void confirm() {
        if (selected == null) {
            return;
        }
        ClosablePeriod row = selected;
        boolean done = Feedback.attempt(() -> {
            if (row.closed()) {
                service.reopen(row.id(), reason);
            } else {
                service.close(row.id(), reason);
            }
        });
        if (done) {
            Feedback.info(LessonTexts.text(row.closed() ? "periods.reopenedDone" : "periods.closedDone", row.name()));
            reload();
            selected = null;
            PrimeFaces.current().ajax().addCallbackParam("done", true);
        }
    }

    public void showHistory(ClosablePeriod row) {
        selected = row;
        history = service.history(row.id());
    }

    public String when(Instant instant) {
        return LessonTexts.when(instant);
    }

    public List<ClosablePeriod> getPeriods() {
        return periods;
    }

    public ClosablePeriod getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<PeriodChange> getHistory() {
        return history;
    }
}
