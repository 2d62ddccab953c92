package ru.ejournal.web.reports;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.ejournal.classteacher.boundary.ClassRef;
import ru.ejournal.reports.boundary.AtRiskRow;
import ru.ejournal.reports.boundary.AtRiskService;
import ru.ejournal.web.classteacher.CurrentClass;

/** The section of the class teacher's dashboard with the pupils at risk of their class. */
@Named
@ViewScoped
public class ClassAtRiskSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AtRiskService service;

    @Inject
    CurrentClass currentClass;

    private List<AtRiskRow> rows = List.of();

    @PostConstruct
    void init() {
        ClassRef ref = currentClass.get();
        rows = ref == null ? List.of() : service.forClass(ref.id());
    }

    public List<AtRiskRow> getRows() {
        return rows;
    }
}
