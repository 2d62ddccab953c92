package ru.ejournal.web.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import ru.ejournal.common.boundary.FirstRows;
import ru.ejournal.monitoring.boundary.JournalMonitoringService;
import ru.ejournal.monitoring.boundary.ViolationRow;

/** The subject teacher's own open violations on their home page, each linking to the cell to fix. */
@Named
@ViewScoped
public class TeacherViolationsCard implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 10;

    @Inject
    JournalMonitoringService monitoring;

    // Used only while the view is built; the caller's security context is no part of the view's state
    // (it is not serializable, and a passivated or replicated session must not carry it).
    @Inject
    transient SecurityContext security;

    private List<ViolationRow> rows = List.of();
    private long total;

    @PostConstruct
    void init() {
        if (security.isCallerInRole("SUBJECT_TEACHER") || security.isCallerInRole("CLASS_TEACHER")) {
            FirstRows<ViolationRow> mine = monitoring.myOpenViolations(SHOWN);
            rows = mine.rows();
            total = mine.total();
        }
    }

    public List<ViolationRow> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }

    public long getMore() {
        return Math.max(0, total - rows.size());
    }
}
