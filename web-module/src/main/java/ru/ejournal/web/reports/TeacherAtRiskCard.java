package ru.ejournal.web.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.ejournal.common.boundary.FirstRows;
import ru.ejournal.reports.boundary.AtRiskRow;
import ru.ejournal.reports.boundary.AtRiskService;
import ru.ejournal.web.common.TeacherHomeCard;

/** The subject teacher's home card: the pupils at risk in their own classes and subjects. */
@Named
@ViewScoped
public class TeacherAtRiskCard extends TeacherHomeCard<AtRiskRow> {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 15;

    @Inject
    AtRiskService service;

    @Override
    protected FirstRows<AtRiskRow> load() {
        return service.mineFirst(SHOWN);
    }
}
