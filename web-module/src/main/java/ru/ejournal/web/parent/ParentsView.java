package ru.ejournal.web.parent;

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
import ru.ejournal.classteacher.boundary.ClassRef;
import ru.ejournal.parent.boundary.ParentFilter;
import ru.ejournal.parent.boundary.ParentRow;
import ru.ejournal.parent.boundary.ParentService;
import ru.ejournal.web.classteacher.CurrentClass;

/** The parents of the class: lazy list; {@code ?show=NO_VISIT} etc. come from the dashboard. */
@Named
@ViewScoped
public class ParentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ParentService parents;

    @Inject
    CurrentClass currentClass;

    private ClassRef schoolClass;
    private String show;
    private ParentFilter filter = ParentFilter.ALL;
    private String name;
    private LazyDataModel<ParentRow> model;

    @PostConstruct
    void init() {
        schoolClass = currentClass.get();
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return schoolClass == null ? 0 : (int) parents.count(schoolClass.id(), name, filter);
            }

            @Override
            public List<ParentRow> load(
                    int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return schoolClass == null ? List.of() : parents.page(schoolClass.id(), name, filter, first, pageSize);
            }

            @Override
            public String getRowKey(ParentRow row) {
                return String.valueOf(row.id());
            }
        };
    }

    public void applyShow() {
        if (show != null) {
            try {
                filter = ParentFilter.valueOf(show);
            } catch (IllegalArgumentException ignored) {
                filter = ParentFilter.ALL;
            }
        }
    }

    public ParentFilter[] getFilters() {
        return ParentFilter.values();
    }

    public ClassRef getSchoolClass() {
        return schoolClass;
    }

    public LazyDataModel<ParentRow> getModel() {
        return model;
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }

    public ParentFilter getFilter() {
        return filter;
    }

    public void setFilter(ParentFilter filter) {
        this.filter = filter == null ? ParentFilter.ALL : filter;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
