package ru.ejournal.web.attendance;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.ejournal.attendance.boundary.AbsenceNoticeService;
import ru.ejournal.attendance.boundary.AttendanceService;
import ru.ejournal.attendance.boundary.AttendanceWeek;
import ru.ejournal.attendance.boundary.NoticeLine;
import ru.ejournal.attendance.entity.AbsenceCode;
import ru.ejournal.attendance.entity.ExcuseReason;
import ru.ejournal.web.common.Feedback;

/**
 * The class teacher's attendance week ({@code /teacher/attendance.xhtml?class=…&week=…}): the absence
 * codes of every lesson of the class in a week and the excuse records that explain them.
 */
@Named
@ViewScoped
public class AttendanceWeekView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EE dd.MM");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** A day's header over its lessons. */
    public record DayGroup(String title, int lessons) implements Serializable {}

    @Inject
    AttendanceService service;

    @Inject
    AbsenceNoticeService notices;

    private List<NoticeLine> pendingNotices = List.of();
    private Long rejecting;
    private String rejectReason;

    private Long schoolClass;
    private LocalDate day;
    private AttendanceWeek week;
    private List<DayGroup> days = List.of();

    private Long excuseStudent;
    private LocalDate excuseFrom;
    private LocalDate excuseTo;
    private ExcuseReason excuseReason = ExcuseReason.ILLNESS;
    private String excuseDocument;
    private String excuseNote;

    @PostConstruct
    void init() {
        excuseDocument = text("attendance.document.default");
        Map<String, String> p =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            schoolClass = p.get("class") == null ? null : Long.valueOf(p.get("class"));
        } catch (NumberFormatException e) {
            schoolClass = null;
        }
        try {
            day = p.get("week") == null ? LocalDate.now() : LocalDate.parse(p.get("week"));
        } catch (DateTimeParseException e) {
            day = LocalDate.now();
        }
        if (schoolClass == null
                && FacesContext.getCurrentInstance().getExternalContext().isUserInRole("CLASS_TEACHER")) {
            schoolClass = service.myClass();
        }
        reload();
    }

    private void reload() {
        if (schoolClass == null) {
            return;
        }
        week = service.week(schoolClass, day);
        pendingNotices = notices.pending(schoolClass, Feedback.locale());
        Map<LocalDate, Integer> counts = new LinkedHashMap<>();
        week.lessons().forEach(l -> counts.merge(l.date(), 1, Integer::sum));
        List<DayGroup> groups = new ArrayList<>();
        DateTimeFormatter dayTitle = DAY.withLocale(Feedback.locale());
        counts.forEach((date, n) -> groups.add(new DayGroup(date.format(dayTitle), n)));
        days = groups;
        if (excuseFrom == null) {
            excuseFrom = week.monday();
            excuseTo = week.monday().plusDays(4);
        }
    }

    public void addExcuse() {
        Feedback.attempt(() -> {
            int excused =
                    service.addExcuse(excuseStudent, excuseFrom, excuseTo, excuseReason, excuseDocument, excuseNote);
            Feedback.info(text(
                    "attendance.excuse.saved",
                    excused,
                    AbsenceCode.N.label(),
                    excuseReason.resultingCode().label()));
            excuseNote = null;
            reload();
        });
    }

    public void acceptNotice(long noticeId) {
        Feedback.attempt(() -> {
            int excused = notices.accept(noticeId);
            Feedback.info(text("notice.accepted", excused));
            reload();
        });
    }

    public void startReject(long noticeId) {
        rejecting = noticeId;
        rejectReason = null;
    }

    public void rejectNotice() {
        Feedback.attempt(() -> {
            notices.reject(rejecting, rejectReason);
            Feedback.info(text("notice.rejected"));
            rejecting = null;
            reload();
        });
    }

    public List<NoticeLine> getPendingNotices() {
        return pendingNotices;
    }

    public Long getRejecting() {
        return rejecting;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(String rejectReason) {
        this.rejectReason = rejectReason;
    }

    public String previousWeek() {
        return week.monday().minusWeeks(1).toString();
    }

    public String nextWeek() {
        return week.monday().plusWeeks(1).toString();
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.format(SHORT);
    }

    /** The style of a cell's absence code (its letters as the journal shows them). */
    public String codeClass(String code) {
        AbsenceCode absence;
        try {
            absence = AbsenceCode.fromLabel(code);
        } catch (IllegalArgumentException e) {
            return "";
        }
        return "a-" + absence.name().toLowerCase(Locale.ROOT);
    }

    /** The code of an absence not yet explained (the journal's codes are its data: the same in English). */
    public String getUnexplainedCode() {
        return AbsenceCode.N.label();
    }

    public long unexplained(AttendanceWeek.Row row) {
        return row.codes().values().stream()
                .filter(AbsenceCode.N.label()::equals)
                .count();
    }

    public ExcuseReason[] getReasons() {
        return ExcuseReason.values();
    }

    public String reasonLabel(ExcuseReason reason) {
        return text(
                reason == ExcuseReason.ILLNESS ? "attendance.reason.illness" : "attendance.reason.other",
                AbsenceCode.N.label(),
                reason.resultingCode().label());
    }

    private static String text(String key, Object... args) {
        return Feedback.text("jr", key, args);
    }

    public Long getSchoolClass() {
        return schoolClass;
    }

    public AttendanceWeek getWeek() {
        return week;
    }

    public List<DayGroup> getDays() {
        return days;
    }

    public Long getExcuseStudent() {
        return excuseStudent;
    }

    public void setExcuseStudent(Long excuseStudent) {
        this.excuseStudent = excuseStudent;
    }

    public LocalDate getExcuseFrom() {
        return excuseFrom;
    }

    public void setExcuseFrom(LocalDate excuseFrom) {
        this.excuseFrom = excuseFrom;
    }

    public LocalDate getExcuseTo() {
        return excuseTo;
    }

    public void setExcuseTo(LocalDate excuseTo) {
        this.excuseTo = excuseTo;
    }

    public ExcuseReason getExcuseReason() {
        return excuseReason;
    }

    public void setExcuseReason(ExcuseReason excuseReason) {
        this.excuseReason = excuseReason;
    }

    public String getExcuseDocument() {
        return excuseDocument;
    }

    public void setExcuseDocument(String excuseDocument) {
        this.excuseDocument = excuseDocument;
    }

    public String getExcuseNote() {
        return excuseNote;
    }

    public void setExcuseNote(String excuseNote) {
        this.excuseNote = excuseNote;
    }
}
