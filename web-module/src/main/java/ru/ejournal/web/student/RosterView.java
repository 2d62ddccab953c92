package ru.ejournal.web.student;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import ru.ejournal.classteacher.boundary.ClassRef;
import ru.ejournal.student.boundary.RosterFilter;
import ru.ejournal.student.boundary.StudentRow;
import ru.ejournal.student.boundary.StudentService;
import ru.ejournal.web.classteacher.CurrentClass;

/** The class roster: a lazy, filtered, sorted list; {@code ?show=UNVERIFIED} etc. come from the dashboard. */
@Named
@ViewScoped
public class RosterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StudentService students;

    @Inject
    CurrentClass currentClass;

    private ClassRef schoolClass;
    private String show;
    private RosterFilter filter = RosterFilter.STUDYING;
    private String name;
    private LazyDataModel<StudentRow> model;

    @PostConstruct
    void init() {
        schoolClass = currentClass.get();
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return schoolClass == null ? 0 : (int) students.count(schoolClass.id(), name, filter);
            }

            @Override
            public List<StudentRow> load(
                    int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                if (schoolClass == null) {
                    return List.of();
                }
                SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
                return students.page(
                        schoolClass.id(),
                        name,
                        filter,
                        first,
                        pageSize,
                        sort == null ? "lastName" : sort.getField(),
                        sort == null || sort.getOrder() != SortOrder.DESCENDING);
            }

            @Override
            public String getRowKey(StudentRow row) {
                return String.valueOf(row.id());
            }
        };
    }

    /** From the page's view parameter: a dashboard link chooses the filter. */
    public void applyShow() {
        if (show != null) {
            try {
                filter = RosterFilter.valueOf(show);
            } catch (IllegalArgumentException ignored) {
                filter = RosterFilter.STUDYING;
            }
        }
    }

    public RosterFilter[] getFilters() {
        return RosterFilter.values();
    }

    public ClassRef getSchoolClass() {
        return schoolClass;
    }

    public LazyDataModel<StudentRow> getModel() {
        return model;
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }

    public RosterFilter getFilter() {
        return filter;
    }

    public void setFilter(RosterFilter filter) {
        this.filter = filter == null ? RosterFilter.STUDYING : filter;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
