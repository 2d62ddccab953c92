package ru.ejournal.web.parent;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.ejournal.classteacher.boundary.ClassRef;
import ru.ejournal.parent.boundary.ProposalRow;
import ru.ejournal.parent.boundary.ProposalService;
import ru.ejournal.web.classteacher.CurrentClass;
import ru.ejournal.web.common.Feedback;

/** The class teacher's queue of changes proposed by parents: accept or reject each field. */
@Named
@ViewScoped
public class ProposalsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProposalService proposals;

    @Inject
    CurrentClass currentClass;

    private ClassRef schoolClass;
    private List<ProposalRow> rows = List.of();
    private String reason;

    @PostConstruct
    void init() {
        schoolClass = currentClass.get();
        refresh();
    }

    private void refresh() {
        rows = schoolClass == null ? List.of() : proposals.openOfClass(schoolClass.id(), Feedback.locale());
    }

    public void accept(ProposalRow row) {
        if (Feedback.attempt(() -> proposals.accept(row.id()))) {
            refresh();
            Feedback.info(Feedback.text("ct", "proposals.accepted", row.fieldTitle(), row.parentName()));
        }
    }

    public void reject(ProposalRow row) {
        if (Feedback.attempt(() -> proposals.reject(row.id(), reason))) {
            reason = null;
            refresh();
            Feedback.info(Feedback.text("ct", "proposals.rejected", row.fieldTitle(), row.parentName()));
        }
    }

    public ClassRef getSchoolClass() {
        return schoolClass;
    }

    public List<ProposalRow> getRows() {
        return rows;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
