package ru.ejournal.web.timetable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;
import ru.ejournal.timetable.boundary.Choice;
import ru.ejournal.timetable.boundary.EntryData;
import ru.ejournal.timetable.boundary.EntryRow;
import ru.ejournal.timetable.boundary.TimetableHistoryRow;
import ru.ejournal.timetable.boundary.TimetablePage;
import ru.ejournal.timetable.boundary.TimetableService;
import ru.ejournal.timetable.boundary.VersionRow;
import ru.ejournal.web.common.Feedback;

/**
 * The timetable of a class ({@code /admin/timetable/timetable.xhtml?class=…&version=…}, read-only for the
 * deputy director at {@code /deputy/timetable.xhtml}): its versions, a days × lesson numbers grid of the
 * chosen one, the entry form, and the history of changes.
 */
@Named
@ViewScoped
public class TimetableView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    TimetableService service;

    private Long classId;
    private Long versionId;
    private List<Choice> classes = List.of();
    private TimetablePage page;
    private List<TimetableHistoryRow> history = List.of();

    private LocalDate validFrom;
    private Long entryId;
    private Integer day = 1;
    private Integer lessonNo = 1;
    private Long subjectId;
    private Long subgroupId;
    private Long teacherId;
    private String room;

    @PostConstruct
    void init() {
        classId = TimetableFaces.longParam("class");
        versionId = TimetableFaces.longParam("version");
        classes = service.classes();
        if (classId == null && !classes.isEmpty()) {
            classId = classes.get(0).id();
        }
        load();
    }

    private void load() {
        if (classId == null) {
            return;
        }
        try {
            page = service.page(classId, versionId);
            versionId = page.version() == null ? null : page.version().id();
            history = service.history(classId, Feedback.locale());
        } catch (RuntimeException e) {
            page = null;
            TimetableFaces.refused(e);
        }
    }

    /** The class selector's «Показать»: a new GET of the chosen class. */
    public String show() {
        return viewId() + "?faces-redirect=true&class=" + classId;
    }

    private static String viewId() {
        return FacesContext.getCurrentInstance().getViewRoot().getViewId().replace(".xhtml", "");
    }

    public void createVersion() {
        try {
            versionId = service.createVersion(classId, validFrom);
            TimetableFaces.info(TimetableFaces.text("version.created", validFrom.format(DATE)));
            validFrom = null;
            load();
        } catch (RuntimeException e) {
            TimetableFaces.refused(e);
        }
    }

    public void approve() {
        try {
            service.approve(versionId);
            TimetableFaces.info(TimetableFaces.text("version.approved"));
            load();
        } catch (RuntimeException e) {
            TimetableFaces.refused(e);
        }
    }

    /** Fills the form with an entry of the grid. */
    public void edit(EntryRow e) {
        entryId = e.id();
        day = e.dayOfWeek();
        lessonNo = e.lessonNo();
        subjectId = e.subjectId();
        subgroupId = e.subgroupId();
        teacherId = e.teacherId();
        room = e.room();
    }

    /** An empty form for a new entry at a slot of the grid. */
    public void add(int dayOfWeek, int number) {
        clear();
        day = dayOfWeek;
        lessonNo = number;
    }

    public void clear() {
        entryId = null;
        subjectId = null;
        subgroupId = null;
        teacherId = null;
        room = null;
    }

    public void save() {
        try {
            service.saveEntry(new EntryData(versionId, entryId, day, lessonNo, subjectId, subgroupId, teacherId, room));
            TimetableFaces.info(TimetableFaces.text("entry.saved"));
            clear();
            load();
        } catch (RuntimeException e) {
            TimetableFaces.refused(e);
        }
    }

    public void remove() {
        if (entryId == null) {
            TimetableFaces.error(TimetableFaces.text("entry.choose"));
            return;
        }
        try {
            service.removeEntry(entryId);
            TimetableFaces.info(TimetableFaces.text("entry.removed"));
            clear();
            load();
        } catch (RuntimeException e) {
            TimetableFaces.refused(e);
        }
    }

    public List<Integer> getDays() {
        return List.of(1, 2, 3, 4, 5, 6);
    }

    /** Lesson numbers 1–8, and 0 or more than 8 when the timetable has them. */
    public List<Integer> getNumbers() {
        int min = 1;
        int max = 8;
        if (page != null) {
            for (EntryRow e : page.entries()) {
                min = Math.min(min, e.lessonNo());
                max = Math.max(max, e.lessonNo());
            }
        }
        return IntStream.rangeClosed(min, max).boxed().toList();
    }

    public List<EntryRow> cell(int dayOfWeek, int number) {
        return page == null
                ? List.of()
                : page.entries().stream()
                        .filter(e -> e.dayOfWeek() == dayOfWeek && e.lessonNo() == number)
                        .toList();
    }

    public String dayName(int dayOfWeek) {
        return TimetableFaces.text("day." + dayOfWeek);
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }

    public String versionLabel(VersionRow v) {
        return TimetableFaces.text("version.label", date(v.validFrom()))
                + (v.validTo() == null ? "" : " " + TimetableFaces.text("version.to", date(v.validTo())))
                + (v.draft() ? " — " + TimetableFaces.text("version.draft") : "")
                + " (" + TimetableFaces.text("version.entries", v.entries()) + ")";
    }

    public String fieldLabel(String field) {
        return TimetableFaces.text("history.field." + field);
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public Long getVersionId() {
        return versionId;
    }

    public List<Choice> getClasses() {
        return classes;
    }

    public TimetablePage getPage() {
        return page;
    }

    public List<TimetableHistoryRow> getHistory() {
        return history;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public Long getEntryId() {
        return entryId;
    }

    public Integer getDay() {
        return day;
    }

    public void setDay(Integer day) {
        this.day = day;
    }

    public Integer getLessonNo() {
        return lessonNo;
    }

    public void setLessonNo(Integer lessonNo) {
        this.lessonNo = lessonNo;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(Long subjectId) {
        this.subjectId = subjectId;
    }

    public Long getSubgroupId() {
        return subgroupId;
    }

    public void setSubgroupId(Long subgroupId) {
        this.subgroupId = subgroupId;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    public void setTeacherId(Long teacherId) {
        this.teacherId = teacherId;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }
}
