package ru.ejournal.web.region;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import ru.ejournal.region.boundary.SchoolRegistry;
import ru.ejournal.region.boundary.SchoolRow;
import ru.ejournal.web.common.PagedRows;

/** The region administrator's list of schools, a page at a time. */
@Named
@ViewScoped
public class SchoolsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SchoolRegistry registry;

    /** The schools by code; the database pages them. */
    private final LazyDataModel<SchoolRow> schools = new PagedRows<>(
            () -> registry.count(),
            (first, pageSize) -> registry.schools(first, pageSize),
            SchoolRow::id,
            id -> registry.school(id));

    public LazyDataModel<SchoolRow> getSchools() {
        return schools;
    }
}
