package ru.ejournal.web.reports;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.primefaces.model.StreamedContent;
import ru.ejournal.attendance.boundary.AttendanceService;
import ru.ejournal.operations.boundary.PeriodAnalyticsResults;
import ru.ejournal.reports.boundary.ClassTeacherReport;
import ru.ejournal.reports.boundary.ClassTeacherReports;
import ru.ejournal.reports.control.ClassTeacherReportFiles;
import ru.ejournal.web.analytics.ChartJson;
import ru.ejournal.web.common.Downloads;
import ru.ejournal.web.common.PeriodChoice;

/** The class teacher's report for the period ({@code /teacher/class-report.xhtml}). */
@Named("classReportView")
@ViewScoped
public class ClassTeacherReportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    ClassTeacherReports reports;

    @Inject
    PeriodAnalyticsResults analytics;

    @Inject
    AttendanceService attendance;

    private Long classId;
    private final PeriodChoice period = new PeriodChoice();
    private ClassTeacherReport report;
    private String qualityChart;

    @PostConstruct
    void init() {
        classId = attendance.myClass();
        period.offer(analytics.periods(analytics.callerSchool()));
        load();
    }

    public void load() {
        report = classId == null || period.getId() == null ? null : reports.classTeacherReport(classId, period.getId());
        List<ClassTeacherReports.PeriodFigures> year = classId == null ? List.of() : reports.classOverYear(classId);
        qualityChart = year.isEmpty()
                ? null
                : ChartJson.bar(
                        year.stream()
                                .map(ClassTeacherReports.PeriodFigures::periodName)
                                .toList(),
                        List.of(
                                ChartJson.dataset(
                                        text("summary.success"),
                                        "#42A5F5",
                                        year.stream()
                                                .map(f -> f.figures().successRate())
                                                .toList()),
                                ChartJson.dataset(
                                        text("summary.quality"),
                                        "#66BB6A",
                                        year.stream()
                                                .map(f -> f.figures().qualityRate())
                                                .toList()),
                                ChartJson.dataset(
                                        text("summary.sou"),
                                        "#FFA726",
                                        year.stream()
                                                .map(f -> f.figures().sou())
                                                .toList())),
                        100);
    }

    public StreamedContent getExcel() {
        return Downloads.of(
                reports.classTeacherReportExcel(classId, period.getId()),
                "otchet-klassnogo-rukovoditelya.xlsx",
                Downloads.XLSX);
    }

    public StreamedContent getPdf() {
        return Downloads.of(
                reports.classTeacherReportPdf(classId, period.getId()),
                "otchet-klassnogo-rukovoditelya.pdf",
                Downloads.PDF);
    }

    /** The report's figures with the changes against the previous period and the previous year (file rows). */
    public List<List<String>> getFigures() {
        List<List<String>> rows = ClassTeacherReportFiles.rows(report);
        int from = rows.indexOf(ClassTeacherReportFiles.figuresHeader(report));
        return rows.subList(from, from + 4);
    }

    public String getQualityChart() {
        return qualityChart;
    }

    private static String text(String key) {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "rep").getString(key);
    }

    public String percent(BigDecimal value) {
        return value == null ? "—" : value.toPlainString().replace('.', ',') + " %";
    }

    public String day(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }

    public String names(List<String> names) {
        return names.isEmpty() ? "—" : String.join(", ", names);
    }

    public boolean isNoClass() {
        return classId == null;
    }

    public boolean isNoData() {
        return report == null || report.pupilsAtEnd() == 0;
    }

    public PeriodChoice getPeriod() {
        return period;
    }

    public ClassTeacherReport getReport() {
        return report;
    }
}
