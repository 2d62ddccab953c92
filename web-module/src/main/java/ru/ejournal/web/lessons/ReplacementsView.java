package ru.ejournal.web.lessons;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.ejournal.journal.boundary.LessonChangeService;
import ru.ejournal.journal.boundary.ReplacementLine;
import ru.ejournal.web.common.Feedback;

/** «Мои замены» ({@code /teacher/replacements.xhtml}): the lessons the teacher gives instead of another. */
@Named
@ViewScoped
public class ReplacementsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LessonChangeService service;

    private List<ReplacementLine> lessons = List.of();

    @PostConstruct
    void init() {
        Feedback.load(() -> lessons = service.myReplacements());
    }

    /** The grid's address with the lesson highlighted. */
    public String gridQuery(ReplacementLine line) {
        return "assignment=" + line.assignmentId() + (line.periodId() == null ? "" : "&period=" + line.periodId())
                + "&lesson=" + line.lessonId();
    }

    public List<ReplacementLine> getLessons() {
        return lessons;
    }
}
