package ru.ejournal.web.classteacher;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import ru.ejournal.classteacher.boundary.ClassDashboardService;
import ru.ejournal.classteacher.boundary.ClassRef;
import ru.ejournal.classteacher.boundary.Dashboard;

/** The class teacher's dashboard: what needs attention in their class. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClassDashboardService service;

    @Inject
    CurrentClass currentClass;

    private Dashboard dashboard;

    @PostConstruct
    void load() {
        ClassRef ref = currentClass.get();
        dashboard = ref == null ? null : service.of(ref.id());
    }

    public Dashboard getDashboard() {
        return dashboard;
    }
}
