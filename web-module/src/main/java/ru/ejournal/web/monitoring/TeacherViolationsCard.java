package ru.ejournal.web.monitoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.ejournal.common.boundary.FirstRows;
import ru.ejournal.monitoring.boundary.JournalMonitoringService;
import ru.ejournal.monitoring.boundary.ViolationRow;
import ru.ejournal.web.common.TeacherHomeCard;

/** The subject teacher's own open violations on their home page, each linking to the cell to fix. */
@Named
@ViewScoped
public class TeacherViolationsCard extends TeacherHomeCard<ViolationRow> {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 10;

    @Inject
    JournalMonitoringService monitoring;

    @Override
    protected FirstRows<ViolationRow> load() {
        return monitoring.myOpenViolations(SHOWN);
    }
}
