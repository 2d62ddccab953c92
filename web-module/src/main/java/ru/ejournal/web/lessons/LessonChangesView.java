package ru.ejournal.web.lessons;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;
import ru.ejournal.journal.boundary.LessonChangeLine;
import ru.ejournal.journal.boundary.LessonChangeService;
import ru.ejournal.journal.boundary.LessonChoice;
import ru.ejournal.journal.boundary.LessonLine;
import ru.ejournal.web.common.Feedback;

/**
 * «Изменения в расписании» ({@code /deputy/lesson-changes.xhtml}): the lessons of a class on a day; the
 * administrator or the deputy director sets a replacement, cancels, restores or moves one (a dialog
 * rendered only when opened), and reads its history.
 */
@Named
@ViewScoped
public class LessonChangesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the dialog does. */
    public enum Mode {
        REPLACE,
        CANCEL,
        RESTORE,
        MOVE,
        HISTORY
    }

    @Inject
    LessonChangeService service;

    private List<LessonChoice> classes = List.of();
    private List<LessonChoice> teachers = List.of();
    private Long schoolClass;
    private LocalDate day = LocalDate.now();
    private List<LessonLine> lessons = List.of();

    private LessonLine selected;
    private Mode mode;
    private String reason;
    private Long teacher;
    private final LessonSlot slot = new LessonSlot();
    private List<LessonChangeLine> history = List.of();

    @PostConstruct
    void init() {
        Feedback.load(() -> {
            classes = service.classes();
            if (!classes.isEmpty()) {
                schoolClass = classes.get(0).id();
                show();
            }
        });
    }

    public void show() {
        Feedback.attempt(
                () -> lessons = schoolClass == null || day == null ? List.of() : service.day(schoolClass, day));
    }

    /** Opens the dialog for one action on the row's lesson. */
    public void open(LessonLine row, Mode action) {
        selected = row;
        mode = action;
        reason = null;
        teacher = null;
        slot.show(row.date(), row.periodNo());
        if (action == Mode.REPLACE && teachers.isEmpty()) {
            teachers = service.teachers();
        }
        if (action == Mode.HISTORY) {
            history = service.history(row.id(), Feedback.locale());
        }
    }

    public void save() {
        if (selected == null || mode == null) {
            return;
        }
        long id = selected.id();
        boolean done = Feedback.attempt(() -> {
            switch (mode) {
                case REPLACE -> service.replace(id, teacher, reason);
                case CANCEL -> service.cancel(id, reason);
                case RESTORE -> service.restore(id, reason);
                case MOVE -> service.move(id, slot.getDay(), slot.number(), reason);
                default -> {}
            }
        });
        if (done) {
            Feedback.info(LessonTexts.text("changes.done"));
            show();
            PrimeFaces.current().ajax().addCallbackParam("done", true);
        }
    }

    public String when(Instant instant) {
        return LessonTexts.when(instant);
    }

    public Mode[] getModes() {
        return Mode.values();
    }

    public List<LessonChoice> getClasses() {
        return classes;
    }

    public List<LessonChoice> getTeachers() {
        return teachers;
    }

    public Long getSchoolClass() {
        return schoolClass;
    }

    public void setSchoolClass(Long schoolClass) {
        this.schoolClass = schoolClass;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public List<LessonLine> getLessons() {
        return lessons;
    }

    public LessonLine getSelected() {
        return selected;
    }

    public Mode getMode() {
        return mode;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getTeacher() {
        return teacher;
    }

    public void setTeacher(Long teacher) {
        this.teacher = teacher;
    }

    public LessonSlot getSlot() {
        return slot;
    }

    public List<LessonChangeLine> getHistory() {
        return history;
    }
}
