package ru.ejournal.web.timetable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ejournal.journal.boundary.PeriodOption;
import ru.ejournal.timetable.boundary.Choice;
import ru.ejournal.timetable.boundary.GenerationChange;
import ru.ejournal.timetable.boundary.GenerationResult;
import ru.ejournal.timetable.boundary.GenerationRun;
import ru.ejournal.timetable.boundary.HeldLesson;
import ru.ejournal.timetable.boundary.LessonGenerationService;
import ru.ejournal.timetable.boundary.TimetableService;
import ru.ejournal.web.common.DateRangeForm;

/**
 * Lesson generation ({@code /admin/timetable/generation.xhtml}): a study period or dates, one class or
 * all, the counts of the run, the lessons held for a decision (keep or cancel with a reason), and the
 * history of runs with what each moved, removed or held.
 */
@Named
@ViewScoped
public class LessonGenerationView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    LessonGenerationService service;

    @Inject
    TimetableService timetables;

    private List<Choice> classes = List.of();
    private List<PeriodOption> periods = List.of();
    private Long classId;
    private Long periodId;
    private final DateRangeForm dates = new DateRangeForm();
    private GenerationResult result;
    private List<HeldLesson> held = List.of();
    private final Map<Long, String> reasons = new HashMap<>();
    private RunsLazyModel runs;
    private Long runId;
    private List<GenerationChange> changes = List.of();

    @PostConstruct
    void init() {
        classes = timetables.classes();
        periods = service.periods();
        runs = new RunsLazyModel(service);
        refresh();
    }

    private void refresh() {
        held = service.held();
    }

    /** Generates for the chosen period, or for the dates when no period is chosen. */
    public void generate() {
        try {
            result = periodId != null
                    ? service.generateForPeriod(classId, periodId)
                    : service.generate(classId, dates.getFrom(), dates.getTo());
            TimetableFaces.info(TimetableFaces.text(
                    "generation.done", result.created(), result.moved(), result.removed(), result.held()));
            refresh();
        } catch (RuntimeException e) {
            TimetableFaces.refused(e);
        }
    }

    public void keep(HeldLesson lesson) {
        try {
            service.keep(lesson.itemId());
            TimetableFaces.info(TimetableFaces.text("held.kept"));
            refresh();
        } catch (RuntimeException e) {
            TimetableFaces.refused(e);
        }
    }

    public void cancel(HeldLesson lesson) {
        try {
            service.cancel(lesson.itemId(), reasons.get(lesson.itemId()));
            TimetableFaces.info(TimetableFaces.text("held.cancelled"));
            reasons.remove(lesson.itemId());
            refresh();
        } catch (RuntimeException e) {
            TimetableFaces.refused(e);
        }
    }

    public void showRun(GenerationRun run) {
        try {
            runId = run.id();
            changes = service.changes(runId);
        } catch (RuntimeException e) {
            TimetableFaces.refused(e);
        }
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }

    public String actionLabel(String action) {
        return TimetableFaces.text("action." + action);
    }

    public List<Choice> getClasses() {
        return classes;
    }

    public List<PeriodOption> getPeriods() {
        return periods;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public void setPeriodId(Long periodId) {
        this.periodId = periodId;
    }

    public DateRangeForm getDates() {
        return dates;
    }

    public GenerationResult getResult() {
        return result;
    }

    public List<HeldLesson> getHeld() {
        return held;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public RunsLazyModel getRuns() {
        return runs;
    }

    public Long getRunId() {
        return runId;
    }

    public List<GenerationChange> getChanges() {
        return changes;
    }
}
