package ru.ejournal.web.region;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import ru.ejournal.region.boundary.SchoolRegistry;
import ru.ejournal.region.boundary.SchoolRow;

/** The region administrator's list of schools, a page at a time. */
@Named
@ViewScoped
public class SchoolsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SchoolRegistry registry;

    private final Schools schools = new Schools();

    /** The schools by code; the database pages them. */
    public class Schools extends LazyDataModel<SchoolRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) registry.count();
        }

        @Override
        public List<SchoolRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return registry.schools(first, pageSize);
        }

        @Override
        public String getRowKey(SchoolRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public SchoolRow getRowData(String rowKey) {
            return registry.school(Long.valueOf(rowKey));
        }
    }

    public Schools getSchools() {
        return schools;
    }
}
