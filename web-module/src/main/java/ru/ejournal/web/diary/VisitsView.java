package ru.ejournal.web.diary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import ru.ejournal.attendance.boundary.AttendanceService;
import ru.ejournal.diary.boundary.VisitLine;
import ru.ejournal.diary.boundary.VisitReportService;
import ru.ejournal.web.common.Feedback;
import ru.ejournal.web.common.PageParams;

/** The class teacher's weekly report of parents' visits ({@code /teacher/visits.xhtml?class=…}). */
@Named
@ViewScoped
public class VisitsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Inject
    VisitReportService report;

    @Inject
    AttendanceService attendance;

    private Long schoolClass;
    private List<VisitLine> lines = List.of();

    @PostConstruct
    void init() {
        schoolClass = PageParams.classOr(attendance::myClass);
        if (schoolClass != null) {
            lines = report.parentsOfClass(schoolClass);
        }
    }

    public String when(Instant instant) {
        return instant == null
                ? Feedback.text("jr", "visits.never")
                : WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }

    public long getQuietCount() {
        return lines.stream().filter(VisitLine::absentTooLong).count();
    }

    public int getQuietDays() {
        return VisitReportService.QUIET_DAYS;
    }

    public Long getSchoolClass() {
        return schoolClass;
    }

    public List<VisitLine> getLines() {
        return lines;
    }
}
