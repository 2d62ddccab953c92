package ru.ejournal.web.lessons;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import ru.ejournal.journal.boundary.GradeBook;
import ru.ejournal.journal.boundary.LessonChangeService;
import ru.ejournal.web.common.Feedback;

/**
 * The grid's dialogs for changes to a single lesson ({@code /teacher/gradebook.xhtml}): the teacher
 * cancels (with a reason), restores or moves the lesson opened in the lesson dialog, or adds an extra
 * lesson of the grid's class and subject. Each success reloads the grid page (a new GET), so that the
 * columns show the change.
 */
@Named
@ViewScoped
public class GridLessonView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LessonChangeService service;

    private Long assignment;
    private Long period;
    private GradeBook.Column lesson;
    private String reason;
    private final LessonSlot slot = new LessonSlot();
    private String topic;

    /** Opens the change dialog for the lesson of the lesson dialog. */
    public void open(GradeBook.Column column, Long assignmentId, Long periodId) {
        lesson = column;
        assignment = assignmentId;
        period = periodId;
        reason = null;
        slot.show(column == null ? null : column.date(), column == null ? null : column.periodNo());
    }

    /** Opens the extra-lesson dialog for the grid's assignment. */
    public void openExtra(Long assignmentId, Long periodId) {
        lesson = null;
        assignment = assignmentId;
        period = periodId;
        slot.show(LocalDate.now(), 1);
        topic = null;
    }

    public String cancel() {
        long id = lesson.id();
        return Feedback.attempt(() -> service.cancel(id, reason)) ? grid(id) : null;
    }

    public String restore() {
        long id = lesson.id();
        return Feedback.attempt(() -> service.restore(id, reason)) ? grid(id) : null;
    }

    public String move() {
        long id = lesson.id();
        return Feedback.attempt(() -> service.move(id, slot.getDay(), slot.number(), reason)) ? grid(id) : null;
    }

    public String addExtra() {
        long[] id = new long[1];
        return Feedback.attempt(() -> id[0] = service.addExtra(assignment, slot.getDay(), slot.number(), topic))
                ? grid(id[0])
                : null;
    }

    private String grid(long lessonId) {
        return "/teacher/gradebook?faces-redirect=true&assignment=" + assignment
                + (period == null ? "" : "&period=" + period) + "&lesson=" + lessonId;
    }

    public GradeBook.Column getLesson() {
        return lesson;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LessonSlot getSlot() {
        return slot;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }
}
