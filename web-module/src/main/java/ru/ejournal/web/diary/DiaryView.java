package ru.ejournal.web.diary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import ru.ejournal.attendance.boundary.AbsenceNoticeService;
import ru.ejournal.attendance.boundary.NoticeLine;
import ru.ejournal.attendance.boundary.NoticePhoto;
import ru.ejournal.attendance.control.DocumentPhotos;
import ru.ejournal.attendance.entity.ExcuseReason;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.diary.boundary.ChildOption;
import ru.ejournal.diary.boundary.DiaryPage;
import ru.ejournal.diary.boundary.DiaryPeriod;
import ru.ejournal.diary.boundary.DiaryService;
import ru.ejournal.diary.boundary.DiaryWeek;
import ru.ejournal.journal.boundary.MarkSummary;
import ru.ejournal.journal.boundary.PeriodOption;
import ru.ejournal.timetable.boundary.TimetableLine;
import ru.ejournal.web.common.Feedback;
import ru.ejournal.web.common.PageParams;

/**
 * The e-diary page of a parent ({@code /parent/diary.xhtml?child=…&week=…&period=…}) or a student
 * ({@code /student/diary.xhtml}): the week's lessons and the period's marks with their working.
 */
@Named
@ViewScoped
public class DiaryView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd.MM");
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    DiaryService service;

    @Inject
    AbsenceNoticeService notices;

    private List<NoticeLine> noticeLines = List.of();
    private LocalDate noticeFrom = LocalDate.now().plusDays(1);
    private LocalDate noticeTo = LocalDate.now().plusDays(1);
    private ExcuseReason noticeReason = ExcuseReason.OTHER;
    private String noticeComment;
    private String photoName;
    private byte[] photo;

    private Long child;
    private LocalDate week;
    private Long period;
    private List<ChildOption> children = List.of();
    private List<PeriodOption> periods = List.of();
    private DiaryWeek diary;
    private DiaryPeriod marks;
    private List<TimetableLine> timetable = List.of();

    @PostConstruct
    void init() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String> p = faces.getExternalContext().getRequestParameterMap();
        DiaryPage page = service.page(
                PageParams.id(p.get("child")),
                weekParam(p.get("week")),
                PageParams.id(p.get("period")),
                Feedback.locale());
        children = page.children();
        child = page.child();
        week = page.week() == null ? weekParam(p.get("week")) : page.week().monday();
        if (child == null) {
            return;
        }
        diary = page.week();
        timetable = diary.timetable();
        periods = page.periods();
        period = page.period();
        marks = page.marks();
        if (isParent()) {
            noticeLines = notices.ofStudent(child, Feedback.locale());
        }
    }

    /** The {@code week} parameter as a day (today if absent or not a date). */
    static LocalDate weekParam(String value) {
        try {
            return value == null ? LocalDate.now() : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return LocalDate.now();
        }
    }

    public boolean isParent() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("PARENT");
    }

    /** The parent tells the school in advance that the child will be absent. */
    public void notifyAbsence() {
        Feedback.attempt(() -> {
            notices.notifyAbsence(
                    child,
                    noticeFrom,
                    noticeTo,
                    noticeReason,
                    noticeComment,
                    photo == null ? null : new NoticePhoto(photoName, null, photo));
            Feedback.info(Feedback.text("jr", "notice.sent"));
            noticeComment = null;
            removePhoto();
            noticeLines = notices.ofStudent(child, Feedback.locale());
        });
    }

    /**
     * Keeps the photo of a document for the notice about to be sent; a file that is not a JPEG or PNG image
     * by its first bytes, or is larger than 5 MB, is refused at once with the reason.
     */
    public void uploadPhoto(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        String name = DocumentPhotos.safeName(file.getFileName());
        byte[] content = file.getContent();
        try {
            DocumentPhotos.check(name, content);
            photo = content;
            photoName = name;
        } catch (BusinessException e) {
            removePhoto();
            Feedback.refuse(null, Feedback.message(e));
        }
    }

    public void removePhoto() {
        photo = null;
        photoName = null;
    }

    public String getPhotoName() {
        return photoName;
    }

    public ExcuseReason[] getReasons() {
        return ExcuseReason.values();
    }

    public String reasonLabel(ExcuseReason reason) {
        return Feedback.text("jr", reason == ExcuseReason.ILLNESS ? "notice.reason.illness" : "notice.reason.other");
    }

    public List<NoticeLine> getNoticeLines() {
        return noticeLines;
    }

    public LocalDate getNoticeFrom() {
        return noticeFrom;
    }

    public void setNoticeFrom(LocalDate noticeFrom) {
        this.noticeFrom = noticeFrom;
    }

    public LocalDate getNoticeTo() {
        return noticeTo;
    }

    public void setNoticeTo(LocalDate noticeTo) {
        this.noticeTo = noticeTo;
    }

    public ExcuseReason getNoticeReason() {
        return noticeReason;
    }

    public void setNoticeReason(ExcuseReason noticeReason) {
        this.noticeReason = noticeReason;
    }

    public String getNoticeComment() {
        return noticeComment;
    }

    public void setNoticeComment(String noticeComment) {
        this.noticeComment = noticeComment;
    }

    /** The selector's «Показать»: a new GET with the chosen child and period. */
    public String show() {
        String page =
                FacesContext.getCurrentInstance().getViewRoot().getViewId().replace(".xhtml", "");
        return page + "?faces-redirect=true&child=" + child + "&week=" + diary.monday()
                + (period == null ? "" : "&period=" + period);
    }

    public String dayTitle(DiaryWeek.Day day) {
        String text = day.date().format(DAY.withLocale(Feedback.locale()));
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public String shortDate(LocalDate date) {
        return date.format(SHORT);
    }

    public String previousWeek() {
        return diary.monday().minusWeeks(1).toString();
    }

    public String nextWeek() {
        return diary.monday().plusWeeks(1).toString();
    }

    /** A mark's date in its details, e.g. 02.12.2026 (a dash when unknown). */
    public String fullDate(LocalDate date) {
        return date == null ? "—" : date.format(FULL);
    }

    public String average(MarkSummary summary) {
        return summary == null || summary.average() == null
                ? "—"
                : summary.average()
                        .setScale(2, RoundingMode.HALF_UP)
                        .toPlainString()
                        .replace('.', ',');
    }

    public Long getChild() {
        return child;
    }

    public void setChild(Long child) {
        this.child = child;
    }

    public Long getPeriod() {
        return period;
    }

    public void setPeriod(Long period) {
        this.period = period;
    }

    public List<ChildOption> getChildren() {
        return children;
    }

    public List<PeriodOption> getPeriods() {
        return periods;
    }

    public DiaryWeek getDiary() {
        return diary;
    }

    public DiaryPeriod getMarks() {
        return marks;
    }

    /** The pupil's weekly timetable (whole class and own subgroups). */
    public List<TimetableLine> getTimetable() {
        return timetable;
    }

    /** Monday to Friday, and Saturday when the timetable has lessons on it. */
    public List<Integer> getTimetableDays() {
        return timetable.stream().anyMatch(l -> l.dayOfWeek() == 6)
                ? List.of(1, 2, 3, 4, 5, 6)
                : List.of(1, 2, 3, 4, 5);
    }

    public List<TimetableLine> timetableOf(int dayOfWeek) {
        return timetable.stream().filter(l -> l.dayOfWeek() == dayOfWeek).toList();
    }
}
