package ru.ejournal.web.classteacher;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import ru.ejournal.classteacher.boundary.ClassRef;

/**
 * A lazy, paged list of the class teacher's current class (students, parents) with a name search and
 * a filter; {@code ?show=<FILTER>} from a dashboard link chooses the filter.
 *
 * @param <R> the row type
 * @param <F> the filter enum
 */
public abstract class ClassListView<R, F extends Enum<F>> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentClass currentClass;

    private final Class<F> filterType;
    private final F defaultFilter;
    private ClassRef schoolClass;
    private String show;
    private F filter;
    private String name;
    private LazyDataModel<R> model;

    protected ClassListView(Class<F> filterType, F defaultFilter) {
        this.filterType = filterType;
        this.defaultFilter = defaultFilter;
        this.filter = defaultFilter;
    }

    /** How many rows of the class match. */
    protected abstract long count(Long classId, String name, F filter);

    /** One page of the class's rows; {@code sort} is null when the user chose none. */
    protected abstract List<R> page(Long classId, String name, F filter, int first, int pageSize, SortMeta sort);

    protected abstract Object rowKey(R row);

    @PostConstruct
    void init() {
        schoolClass = currentClass.get();
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return schoolClass == null ? 0 : (int) ClassListView.this.count(schoolClass.id(), name, filter);
            }

            @Override
            public List<R> load(
                    int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                if (schoolClass == null) {
                    return List.of();
                }
                SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
                return page(schoolClass.id(), name, filter, first, pageSize, sort);
            }

            @Override
            public String getRowKey(R row) {
                return String.valueOf(rowKey(row));
            }
        };
    }

    /** From the page's view parameter; an unknown value leaves the default filter. */
    public void applyShow() {
        if (show != null) {
            try {
                filter = Enum.valueOf(filterType, show);
            } catch (IllegalArgumentException ignored) {
                filter = defaultFilter;
            }
        }
    }

    public F[] getFilters() {
        return filterType.getEnumConstants();
    }

    public ClassRef getSchoolClass() {
        return schoolClass;
    }

    public LazyDataModel<R> getModel() {
        return model;
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }

    public F getFilter() {
        return filter;
    }

    public void setFilter(F filter) {
        this.filter = filter == null ? defaultFilter : filter;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
