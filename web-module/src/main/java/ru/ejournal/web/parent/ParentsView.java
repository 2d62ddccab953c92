package ru.ejournal.web.parent;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.model.SortMeta;
import ru.ejournal.parent.boundary.ParentFilter;
import ru.ejournal.parent.boundary.ParentRow;
import ru.ejournal.parent.boundary.ParentService;
import ru.ejournal.web.classteacher.ClassListView;

/** The parents of the class: lazy list; {@code ?show=NO_VISIT} etc. come from the dashboard. */
@Named
@ViewScoped
public class ParentsView extends ClassListView<ParentRow, ParentFilter> {

    private static final long serialVersionUID = 1L;

    @Inject
    ParentService parents;

    public ParentsView() {
        super(ParentFilter.class, ParentFilter.ALL);
    }

    @Override
    protected long count(Long classId, String name, ParentFilter filter) {
        return parents.count(classId, name, filter);
    }

    @Override
    protected List<ParentRow> page(
            Long classId, String name, ParentFilter filter, int first, int pageSize, SortMeta sort) {
        return parents.page(classId, name, filter, first, pageSize);
    }

    @Override
    protected Object rowKey(ParentRow row) {
        return row.id();
    }
}
