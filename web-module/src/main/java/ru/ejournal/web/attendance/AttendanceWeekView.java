package ru.ejournal.web.attendance;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
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
import ru.ejournal.attendance.entity.ExcuseReason;
import ru.ejournal.common.control.BusinessException;

/**
 * The class teacher's attendance week ({@code /teacher/attendance.xhtml?class=…&week=…}): the absence
 * codes of every lesson of the class in a week and the excuse records that explain them.
 */
@Named
@ViewScoped
public class AttendanceWeekView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EE dd.MM", Locale.forLanguageTag("ru"));
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
    private String excuseDocument = "справка";
    private String excuseNote;

    @PostConstruct
    void init() {
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
        pendingNotices = notices.pending(schoolClass);
        Map<LocalDate, Integer> counts = new LinkedHashMap<>();
        week.lessons().forEach(l -> counts.merge(l.date(), 1, Integer::sum));
        List<DayGroup> groups = new ArrayList<>();
        counts.forEach((date, n) -> groups.add(new DayGroup(date.format(DAY), n)));
        days = groups;
        if (excuseFrom == null) {
            excuseFrom = week.monday();
            excuseTo = week.monday().plusDays(4);
        }
    }

    public void addExcuse() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            int excused =
                    service.addExcuse(excuseStudent, excuseFrom, excuseTo, excuseReason, excuseDocument, excuseNote);
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            "Документ сохранён. Оправдано пропусков: " + excused + " («Н» → «"
                                    + excuseReason.resultingCode().label() + "»)",
                            null));
            excuseNote = null;
            reload();
        } catch (BusinessException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
        } catch (EJBException e) {
            if (!(e.getCause() instanceof ConstraintViolationException violations)) {
                throw e;
            }
            for (ConstraintViolation<?> v : violations.getConstraintViolations()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), null));
            }
            faces.validationFailed();
        }
    }

    public void acceptNotice(long noticeId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            int excused = notices.accept(noticeId);
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            "Заявление принято, оформлен оправдательный документ. Оправдано пропусков: " + excused,
                            null));
            reload();
        } catch (BusinessException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public void startReject(long noticeId) {
        rejecting = noticeId;
        rejectReason = null;
    }

    public void rejectNotice() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            notices.reject(rejecting, rejectReason);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Заявление отклонено", null));
            rejecting = null;
            reload();
        } catch (BusinessException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
        } catch (EJBException e) {
            if (!(e.getCause() instanceof ConstraintViolationException violations)) {
                throw e;
            }
            for (ConstraintViolation<?> v : violations.getConstraintViolations()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, v.getMessage(), null));
            }
            faces.validationFailed();
        }
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

    public String codeClass(String code) {
        return switch (code) {
            case "Н" -> "a-n";
            case "Б" -> "a-b";
            case "У" -> "a-u";
            case "П" -> "a-p";
            case "ОП" -> "a-op";
            default -> "";
        };
    }

    public long unexplained(AttendanceWeek.Row row) {
        return row.codes().values().stream().filter("Н"::equals).count();
    }

    public ExcuseReason[] getReasons() {
        return ExcuseReason.values();
    }

    public String reasonLabel(ExcuseReason reason) {
        return reason == ExcuseReason.ILLNESS ? "болезнь («Н» → «Б»)" : "другая уважительная причина («Н» → «У»)";
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
