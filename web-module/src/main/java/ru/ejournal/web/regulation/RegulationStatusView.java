package ru.ejournal.web.regulation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.ejournal.classteacher.boundary.ClassRef;
import ru.ejournal.regulation.boundary.AcknowledgementRow;
import ru.ejournal.regulation.boundary.RegulationService;
import ru.ejournal.regulation.boundary.RegulationText;
import ru.ejournal.web.classteacher.CurrentClass;
import ru.ejournal.web.common.Feedback;

/** Who of the class's parents has acknowledged the current regulation (D1); paper acknowledgements. */
@Named
@ViewScoped
public class RegulationStatusView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegulationService regulation;

    @Inject
    CurrentClass currentClass;

    private ClassRef schoolClass;
    private RegulationText current;
    private List<AcknowledgementRow> rows = List.of();
    private boolean onlyPending = true;

    @PostConstruct
    void init() {
        schoolClass = currentClass.get();
        current = regulation.current().orElse(null);
        refresh();
    }

    private void refresh() {
        rows = schoolClass == null
                ? List.of()
                : regulation.statusOfClass(schoolClass.id()).stream()
                        .filter(r -> !onlyPending || !r.acknowledged())
                        .toList();
    }

    public void filterChanged() {
        refresh();
    }

    public void recordOnPaper(AcknowledgementRow row) {
        if (Feedback.attempt(() -> regulation.recordOnPaper(row.parentId()))) {
            refresh();
            Feedback.info(Feedback.text("ct", "regulation.paperAck", row.parentName()));
        }
    }

    public ClassRef getSchoolClass() {
        return schoolClass;
    }

    public RegulationText getCurrent() {
        return current;
    }

    public List<AcknowledgementRow> getRows() {
        return rows;
    }

    public boolean isOnlyPending() {
        return onlyPending;
    }

    public void setOnlyPending(boolean onlyPending) {
        this.onlyPending = onlyPending;
    }
}
