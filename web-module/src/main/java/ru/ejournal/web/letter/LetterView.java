package ru.ejournal.web.letter;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;
import ru.ejournal.attendance.boundary.AttendanceService;
import ru.ejournal.diary.boundary.ChildOption;
import ru.ejournal.journal.boundary.PeriodOption;
import ru.ejournal.letter.boundary.LetterService;
import ru.ejournal.web.common.DateRangeForm;
import ru.ejournal.web.common.Feedback;
import ru.ejournal.web.common.PageParams;

/**
 * The class teacher prepares the information letter: one student or the whole class, a study period or a
 * range of dates, a comment.
 */
@Named
@ViewScoped
public class LetterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LetterService letters;

    @Inject
    AttendanceService attendance;

    private Long schoolClass;
    private List<ChildOption> students = List.of();
    private List<PeriodOption> periods = List.of();
    private Long student;
    private Long period;
    private boolean range;
    private final DateRangeForm dates = new DateRangeForm();
    private String comment;

    @PostConstruct
    void init() {
        schoolClass = PageParams.classOr(attendance::myClass);
        if (schoolClass == null) {
            return;
        }
        students = letters.students(schoolClass);
        periods = letters.periods(schoolClass);
        LocalDate today = LocalDate.now();
        // in the holidays no period is chosen: the class teacher picks one
        period = PeriodOption.shortestContaining(periods, today)
                .map(PeriodOption::id)
                .orElse(null);
        dates.setFrom(today.withDayOfMonth(1));
        dates.setTo(today);
    }

    /** Opens the PDF in a new browser tab, once the period or the dates are right. */
    public void open() {
        if (!chosen()) {
            return;
        }
        if (range && !Feedback.attempt(() -> letters.checkRange(schoolClass, dates.getFrom(), dates.getTo()))) {
            return;
        }
        String url = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/teacher/letter.pdf?" + (student != null ? "student=" + student : "class=" + schoolClass)
                + (range ? "&from=" + dates.getFrom() + "&to=" + dates.getTo() : "&period=" + period)
                + (comment == null || comment.isBlank()
                        ? ""
                        : "&comment=" + URLEncoder.encode(comment.strip(), StandardCharsets.UTF_8));
        PrimeFaces.current().executeScript("window.open('" + url + "', '_blank')");
        PrimeFaces.current().ajax().addCallbackParam("url", url);
    }

    /** Sends the letter of the chosen student to their parents as a message. */
    public void send() {
        if (student == null) {
            Feedback.refuse(null, text("letter.send.noStudent"));
            return;
        }
        if (!chosen()) {
            return;
        }
        Feedback.attempt(() -> {
            if (range) {
                letters.sendToParents(student, dates.getFrom(), dates.getTo(), comment);
            } else {
                letters.sendToParents(student, period, comment);
            }
            Feedback.info(text("letter.sent"));
        });
    }

    /** Whether the period, or both dates of the range, are given; if not, says what is missing. */
    private boolean chosen() {
        if (!range && period == null) {
            Feedback.refuse(null, text("letter.period.required"));
            return false;
        }
        if (range && dates.getFrom() == null) {
            Feedback.refuse(null, text("letter.from.required"));
        }
        if (range && dates.getTo() == null) {
            Feedback.refuse(null, text("letter.to.required"));
        }
        return !range || (dates.getFrom() != null && dates.getTo() != null);
    }

    private static String text(String key) {
        return Feedback.text("jr", key);
    }

    public Long getSchoolClass() {
        return schoolClass;
    }

    public List<ChildOption> getStudents() {
        return students;
    }

    public List<PeriodOption> getPeriods() {
        return periods;
    }

    public Long getStudent() {
        return student;
    }

    public void setStudent(Long student) {
        this.student = student;
    }

    public Long getPeriod() {
        return period;
    }

    public void setPeriod(Long period) {
        this.period = period;
    }

    public boolean isRange() {
        return range;
    }

    public void setRange(boolean range) {
        this.range = range;
    }

    public DateRangeForm getDates() {
        return dates;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
