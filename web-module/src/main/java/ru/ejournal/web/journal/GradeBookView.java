package ru.ejournal.web.journal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.ConflictException;
import ru.ejournal.journal.boundary.AssignmentOption;
import ru.ejournal.journal.boundary.CellSaved;
import ru.ejournal.journal.boundary.GradeBook;
import ru.ejournal.journal.boundary.GradeBookCell;
import ru.ejournal.journal.boundary.GradeBookCellService;
import ru.ejournal.journal.boundary.GradeBookPage;
import ru.ejournal.journal.boundary.GradeBookService;
import ru.ejournal.journal.boundary.HistoryLine;
import ru.ejournal.journal.boundary.LessonService;
import ru.ejournal.journal.boundary.MarkSummary;
import ru.ejournal.journal.boundary.PeriodGradeService;
import ru.ejournal.journal.boundary.PeriodOption;
import ru.ejournal.journal.boundary.WorkTypeOption;
import ru.ejournal.journal.control.ConfirmationRequiredException;
import ru.ejournal.journal.entity.MarkValue;
import ru.ejournal.web.common.Feedback;
import ru.ejournal.web.common.PageParams;

/**
 * The journal grid page ({@code /teacher/gradebook.xhtml?assignment=…&period=…&lesson=…}). The grid is
 * rendered once as plain table cells; a cell save posts only that cell's lesson, student, text and
 * stamp through a remote command and answers with callback parameters, not with re-rendered markup.
 */
@Named
@ViewScoped
public class GradeBookView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");

    @Inject
    GradeBookService service;

    @Inject
    GradeBookCellService cellService;

    @Inject
    PeriodGradeService periodGradeService;

    @Inject
    LessonService lessonService;

    private Long assignment;
    private Long period;
    private Long lesson;

    private List<AssignmentOption> assignments = List.of();
    private List<PeriodOption> periods = List.of();
    private GradeBook book;
    private final Map<Long, Integer> rowIndex = new HashMap<>();

    private List<HistoryLine> history = List.of();
    private String historyTitle;

    private GradeBook.Column selectedLesson;
    private String lessonTopic;
    private String lessonHomework;
    private Long lessonWorkType;
    private boolean lessonAttendanceTaken;
    private List<WorkTypeOption> workTypes = List.of();

    /** Reads {@code assignment}, {@code period}, {@code lesson} from the address and loads the grid. */
    @PostConstruct
    void init() {
        Map<String, String> p = params();
        assignment = PageParams.id(p.get("assignment"));
        period = PageParams.id(p.get("period"));
        lesson = PageParams.id(p.get("lesson"));
        // read once per GET: by the ETag filter if it ran (GradeBookEtagFilter), else here
        GradeBookPage read = (GradeBookPage) FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestMap()
                .get(GradeBookEtagFilter.PAGE);
        show(read != null ? read : service.page(assignment, period));
    }

    /** Picks the first assignment and the current period when none is given: one service call. */
    public void load() {
        show(service.page(assignment, period));
    }

    private void show(GradeBookPage page) {
        assignments = page.assignments();
        assignment = page.assignmentId();
        periods = page.periods();
        period = page.periodId();
        book = page.book();
        rowIndex.clear();
        if (book != null) {
            for (int i = 0; i < book.rows().size(); i++) {
                rowIndex.put(book.rows().get(i).studentId(), i);
            }
        }
    }

    /** The selector's «Показать»: a new GET, so that the address can be bookmarked and linked. */
    public String show() {
        return "/teacher/gradebook?faces-redirect=true&assignment=" + assignment
                + (period == null ? "" : "&period=" + period);
    }

    /** Remote command: saves the one cell named by the request parameters. */
    public void saveCell() {
        Map<String, String> p = params();
        long lessonId = Long.parseLong(p.get("lesson"));
        long studentId = Long.parseLong(p.get("student"));
        String input = p.get("value");
        PrimeFaces.Ajax ajax = PrimeFaces.current().ajax();
        ajax.addCallbackParam("lesson", lessonId);
        ajax.addCallbackParam("student", studentId);
        try {
            CellSaved saved = cellService.saveCell(
                    lessonId, studentId, input, p.get("stamp"), "true".equals(p.get("confirm")), period);
            remember(lessonId, studentId, saved.cell(), saved.summary());
            ajax.addCallbackParam("text", saved.cell().text());
            ajax.addCallbackParam("stamp", saved.cell().stamp());
            if (saved.summary() != null) {
                ajax.addCallbackParam("average", average(saved.summary()));
                ajax.addCallbackParam("proposed", proposed(saved.summary()));
            }
        } catch (ConfirmationRequiredException e) {
            ajax.addCallbackParam("confirm", Feedback.message(e));
        } catch (ConflictException e) {
            GradeBookCell now = cellService.cell(lessonId, studentId);
            remember(lessonId, studentId, now, null);
            ajax.addCallbackParam("error", Feedback.message(e));
            ajax.addCallbackParam("text", now.text());
            ajax.addCallbackParam("stamp", now.stamp());
            Feedback.refuse(null, Feedback.message(e));
        } catch (BusinessException | ru.ejournal.security.control.AccessDeniedException e) {
            ajax.addCallbackParam("error", Feedback.message(e));
            Feedback.refuse(null, Feedback.message(e));
        }
    }

    /** Remote command: saves a period grade. */
    public void saveGrade() {
        Map<String, String> p = params();
        long studentId = Long.parseLong(p.get("student"));
        String version = p.get("stamp");
        PrimeFaces.Ajax ajax = PrimeFaces.current().ajax();
        ajax.addCallbackParam("student", studentId);
        try {
            GradeBookCell saved = periodGradeService.savePeriodGrade(
                    assignment,
                    period,
                    studentId,
                    p.get("value"),
                    version == null || version.isBlank() ? null : Long.valueOf(version));
            replaceRow(studentId, row -> row.withPeriodGrade(saved.text(), Long.valueOf(saved.stamp())));
            ajax.addCallbackParam("text", saved.text());
            ajax.addCallbackParam("stamp", saved.stamp());
        } catch (BusinessException e) {
            ajax.addCallbackParam("error", Feedback.message(e));
            Feedback.refuse(null, Feedback.message(e));
        }
    }

    /** Remote command: the history of one cell, shown in a dialog. */
    public void showHistory() {
        Map<String, String> p = params();
        long lessonId = Long.parseLong(p.get("lesson"));
        long studentId = Long.parseLong(p.get("student"));
        history = cellService.cellHistory(lessonId, studentId, Feedback.locale());
        String student = book.rows().get(rowIndex.get(studentId)).name();
        String day = book.lessons().stream()
                .filter(l -> l.id() == lessonId)
                .findFirst()
                .map(l -> l.date().format(DAY))
                .orElse("");
        historyTitle = student + ", " + day;
    }

    /** Remote command: opens a lesson's details. */
    public void openLesson() {
        long lessonId = Long.parseLong(params().get("lesson"));
        selectedLesson = book.lessons().stream()
                .filter(l -> l.id() == lessonId)
                .findFirst()
                .orElse(null);
        if (selectedLesson != null) {
            lessonTopic = selectedLesson.topic();
            lessonHomework = selectedLesson.homework();
            lessonWorkType = selectedLesson.workTypeId();
            lessonAttendanceTaken = selectedLesson.attendanceTaken();
            if (workTypes.isEmpty()) {
                workTypes = service.workTypes(Feedback.locale());
            }
        }
    }

    public void saveLesson() {
        try {
            GradeBook.Column saved = lessonService.updateLesson(
                    selectedLesson.id(),
                    selectedLesson.version(),
                    lessonTopic,
                    lessonHomework,
                    lessonWorkType,
                    lessonAttendanceTaken);
            List<GradeBook.Column> lessons = new ArrayList<>(book.lessons());
            lessons.replaceAll(l -> l.id() == saved.id() ? saved : l);
            book = book.with(lessons, book.rows());
            selectedLesson = saved;
            Feedback.info(Feedback.text("jr", "lesson.saved"));
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (BusinessException e) {
            Feedback.refuse(null, Feedback.message(e));
        }
    }

    public String header(GradeBook.Column column) {
        return column.date().format(DAY);
    }

    public String average(MarkSummary summary) {
        return summary == null || summary.average() == null
                ? ""
                : summary.average()
                        .setScale(2, RoundingMode.HALF_UP)
                        .toPlainString()
                        .replace('.', ',');
    }

    public String proposed(MarkSummary summary) {
        if (summary == null || summary.proposed() == null) {
            return "";
        }
        return MarkValue.display(summary.proposed());
    }

    public String threshold() {
        return book == null
                ? ""
                : book.roundingThreshold()
                        .setScale(2, RoundingMode.HALF_UP)
                        .toPlainString()
                        .replace('.', ',');
    }

    private void remember(long lessonId, long studentId, GradeBookCell cell, MarkSummary summary) {
        replaceRow(studentId, row -> {
            Map<Long, GradeBookCell> cells = new HashMap<>(row.cells());
            cells.put(lessonId, cell);
            return row.withCells(cells, summary == null ? row.summary() : summary);
        });
    }

    private void replaceRow(long studentId, java.util.function.UnaryOperator<GradeBook.Row> change) {
        Integer index = rowIndex.get(studentId);
        if (book == null || index == null) {
            return;
        }
        List<GradeBook.Row> rows = new ArrayList<>(book.rows());
        rows.set(index, change.apply(rows.get(index)));
        book = book.with(book.lessons(), rows);
    }

    public String when(HistoryLine line) {
        return WHEN.format(line.changedAt().atZone(ZoneId.systemDefault()));
    }

    private static Map<String, String> params() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    }

    public Long getAssignment() {
        return assignment;
    }

    public void setAssignment(Long assignment) {
        this.assignment = assignment;
    }

    public Long getPeriod() {
        return period;
    }

    public void setPeriod(Long period) {
        this.period = period;
    }

    public Long getLesson() {
        return lesson;
    }

    public void setLesson(Long lesson) {
        this.lesson = lesson;
    }

    public List<AssignmentOption> getAssignments() {
        return assignments;
    }

    public List<PeriodOption> getPeriods() {
        return periods;
    }

    public GradeBook getBook() {
        return book;
    }

    public List<HistoryLine> getHistory() {
        return history;
    }

    public String getHistoryTitle() {
        return historyTitle;
    }

    public GradeBook.Column getSelectedLesson() {
        return selectedLesson;
    }

    public String getLessonTopic() {
        return lessonTopic;
    }

    public void setLessonTopic(String lessonTopic) {
        this.lessonTopic = lessonTopic;
    }

    public String getLessonHomework() {
        return lessonHomework;
    }

    public void setLessonHomework(String lessonHomework) {
        this.lessonHomework = lessonHomework;
    }

    public Long getLessonWorkType() {
        return lessonWorkType;
    }

    public void setLessonWorkType(Long lessonWorkType) {
        this.lessonWorkType = lessonWorkType;
    }

    public boolean isLessonAttendanceTaken() {
        return lessonAttendanceTaken;
    }

    public void setLessonAttendanceTaken(boolean lessonAttendanceTaken) {
        this.lessonAttendanceTaken = lessonAttendanceTaken;
    }

    public List<WorkTypeOption> getWorkTypes() {
        return workTypes;
    }

    public BigDecimal getThresholdValue() {
        return book == null ? null : book.roundingThreshold();
    }
}
