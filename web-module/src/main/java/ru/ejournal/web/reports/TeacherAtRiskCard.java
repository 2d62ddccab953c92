package ru.ejournal.web.reports;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import ru.ejournal.common.boundary.FirstRows;
import ru.ejournal.reports.boundary.AtRiskRow;
import ru.ejournal.reports.boundary.AtRiskService;

/** The subject teacher's home card: the pupils at risk in their own classes and subjects. */
@Named
@ViewScoped
public class TeacherAtRiskCard implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 15;

    @Inject
    AtRiskService service;

    // used only while the view is built (not serializable, no part of the view's state)
    @Inject
    transient SecurityContext security;

    private List<AtRiskRow> rows = List.of();
    private long total;

    @PostConstruct
    void init() {
        if (security.isCallerInRole("SUBJECT_TEACHER") || security.isCallerInRole("CLASS_TEACHER")) {
            FirstRows<AtRiskRow> mine = service.mineFirst(SHOWN);
            rows = mine.rows();
            total = mine.total();
        }
    }

    public List<AtRiskRow> getRows() {
        return rows;
    }

    public long getTotal() {
        return total;
    }

    public long getMore() {
        return Math.max(0, total - rows.size());
    }
}
