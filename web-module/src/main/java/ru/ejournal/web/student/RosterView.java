package ru.ejournal.web.student;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import ru.ejournal.student.boundary.RosterFilter;
import ru.ejournal.student.boundary.StudentRow;
import ru.ejournal.student.boundary.StudentService;
import ru.ejournal.web.classteacher.ClassListView;

/** The class roster: a lazy, filtered, sorted list; {@code ?show=UNVERIFIED} etc. come from the dashboard. */
@Named
@ViewScoped
public class RosterView extends ClassListView<StudentRow, RosterFilter> {

    private static final long serialVersionUID = 1L;

    @Inject
    StudentService students;

    public RosterView() {
        super(RosterFilter.class, RosterFilter.STUDYING);
    }

    @Override
    protected long count(Long classId, String name, RosterFilter filter) {
        return students.count(classId, name, filter);
    }

    @Override
    protected List<StudentRow> page(
            Long classId, String name, RosterFilter filter, int first, int pageSize, SortMeta sort) {
        return students.page(
                classId,
                name,
                filter,
                first,
                pageSize,
                sort == null ? "lastName" : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING);
    }

    @Override
    protected Object rowKey(StudentRow row) {
        return row.id();
    }
}
