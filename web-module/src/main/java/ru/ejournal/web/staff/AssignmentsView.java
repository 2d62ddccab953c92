package ru.ejournal.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import ru.ejournal.staff.boundary.AssignmentChange;
import ru.ejournal.staff.boundary.AssignmentData;
import ru.ejournal.staff.boundary.AssignmentOptions;
import ru.ejournal.staff.boundary.AssignmentOptions.Option;
import ru.ejournal.staff.boundary.AssignmentRow;
import ru.ejournal.staff.boundary.AssignmentService;
import ru.ejournal.web.common.DateRangeForm;
import ru.ejournal.web.common.Feedback;
import ru.ejournal.web.common.PagedRows;
import ru.ejournal.web.common.TeacherClassSubject;

/**
 * Teaching assignments of the school: the list per class or teacher (paged), a new assignment with its
 * dates, and for a chosen one its end on a date or a replacement teacher from a date.
 */
@Named
@ViewScoped
public class AssignmentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    AssignmentService assignments;

    private AssignmentOptions options;
    private Long classFilter;
    private Long teacherFilter;
    private LazyDataModel<AssignmentRow> model;

    private final TeacherClassSubject chosen = new TeacherClassSubject();
    private Long subgroupId;
    private final DateRangeForm dates = new DateRangeForm();

    private AssignmentRow selected;
    private LocalDate lastDay;
    private Long newTeacherId;
    private LocalDate replaceFrom;
    private List<AssignmentChange> history = List.of();

    @PostConstruct
    void init() {
        options = assignments.options();
        model = new PagedRows<>(
                () -> assignments.count(classFilter, teacherFilter),
                (first, pageSize) -> assignments.page(first, pageSize, classFilter, teacherFilter),
                AssignmentRow::id);
    }

    public void create() {
        AssignmentData data = new AssignmentData(
                chosen.getTeacherId(),
                chosen.getClassId(),
                chosen.getSubjectId(),
                subgroupId,
                dates.getFrom(),
                dates.getTo());
        AssignmentRow[] created = new AssignmentRow[1];
        if (Feedback.attempt(() -> created[0] = assignments.create(data))) {
            Feedback.info(StaffTexts.text("assign.created", describe(created[0])));
            subgroupId = null;
            dates.setFrom(null);
            dates.setTo(null);
        }
    }

    public void choose(AssignmentRow row) {
        selected = row;
        history = List.of();
        Feedback.attempt(() -> history = assignments.history(row.id()));
        lastDay = row.endDate();
        newTeacherId = null;
        replaceFrom = null;
    }

    public void end() {
        AssignmentRow[] ended = new AssignmentRow[1];
        if (selected != null && Feedback.attempt(() -> ended[0] = assignments.end(selected.id(), lastDay))) {
            selected = ended[0];
            Feedback.attempt(() -> history = assignments.history(selected.id()));
            Feedback.info(StaffTexts.text("assign.ended", describe(ended[0])));
        }
    }

    public void replace() {
        AssignmentRow[] created = new AssignmentRow[1];
        if (selected != null
                && Feedback.attempt(() -> created[0] = assignments.replace(selected.id(), newTeacherId, replaceFrom))) {
            selected = null;
            Feedback.info(StaffTexts.text("assign.replaced", describe(created[0]), DAY.format(created[0].startDate())));
        }
    }

    private static String describe(AssignmentRow row) {
        return row.teacher() + ", " + row.className() + " — "
                + (row.subgroup() != null ? row.subgroup() : row.subject());
    }

    /** The subgroups of the chosen class and subject. */
    public List<Option> getSubgroups() {
        return options.subgroups().stream()
                .filter(g ->
                        g.classId().equals(chosen.getClassId()) && g.subjectId().equals(chosen.getSubjectId()))
                .toList();
    }

    /** The teacher, class and subject of the new assignment. */
    public TeacherClassSubject getChosen() {
        return chosen;
    }

    public AssignmentOptions getOptions() {
        return options;
    }

    public LazyDataModel<AssignmentRow> getModel() {
        return model;
    }

    public Long getClassFilter() {
        return classFilter;
    }

    public void setClassFilter(Long classFilter) {
        this.classFilter = classFilter;
    }

    public Long getTeacherFilter() {
        return teacherFilter;
    }

    public void setTeacherFilter(Long teacherFilter) {
        this.teacherFilter = teacherFilter;
    }

    public Long getSubgroupId() {
        return subgroupId;
    }

    public void setSubgroupId(Long subgroupId) {
        this.subgroupId = subgroupId;
    }

    public DateRangeForm getDates() {
        return dates;
    }

    public List<AssignmentChange> getHistory() {
        return history;
    }

    public AssignmentRow getSelected() {
        return selected;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public Long getNewTeacherId() {
        return newTeacherId;
    }

    public void setNewTeacherId(Long newTeacherId) {
        this.newTeacherId = newTeacherId;
    }

    public LocalDate getReplaceFrom() {
        return replaceFrom;
    }

    public void setReplaceFrom(LocalDate replaceFrom) {
        this.replaceFrom = replaceFrom;
    }
}
