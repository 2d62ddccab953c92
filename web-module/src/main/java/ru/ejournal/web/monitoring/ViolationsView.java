package ru.ejournal.web.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.omnifaces.util.Faces;
import org.primefaces.model.LazyDataModel;
import ru.ejournal.monitoring.boundary.EvaluationResult;
import ru.ejournal.monitoring.boundary.EvaluationScope;
import ru.ejournal.monitoring.boundary.FilterOptions;
import ru.ejournal.monitoring.boundary.JournalMonitoringService;
import ru.ejournal.monitoring.boundary.ReportRow;
import ru.ejournal.monitoring.boundary.TeacherTimeliness;
import ru.ejournal.monitoring.boundary.ViolationFilter;
import ru.ejournal.monitoring.boundary.ViolationRow;
import ru.ejournal.monitoring.boundary.WeekCount;
import ru.ejournal.monitoring.entity.Severity;
import ru.ejournal.monitoring.entity.ViolationRule;
import ru.ejournal.web.common.TeacherClassSubject;

/**
 * The deputy director's control of the journal: violations with filters and lazy paging, export to
 * Excel and PDF, «Напомнить», the chart of open violations per week, per-teacher timeliness and
 * the class teachers' reports.
 */
@Named
@ViewScoped
public class ViolationsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CHART_WEEKS = 12;
    private static final int EXPORT_LIMIT = 10_000;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("dd.MM");

    @Inject
    JournalMonitoringService monitoring;

    private Long schoolId;
    private FilterOptions options;
    private final TeacherClassSubject chosen = new TeacherClassSubject();
    private ViolationRule rule;
    private Severity severity;
    private ViolationFilter.Status status = ViolationFilter.Status.OPEN;
    private String remindComment;
    private LazyDataModel<ViolationRow> violations;
    private LazyDataModel<ReportRow> reports;
    private String chart;
    private Long periodId;
    private List<TeacherTimeliness> timeliness;
    private long openCount;

    @PostConstruct
    void init() {
        schoolId = monitoring.mySchoolId();
        options = monitoring.filterOptions(schoolId);
        periodId = options.currentPeriodId();
        violations = new ViolationLazyModel(monitoring, schoolId, this::filter);
        reports = new ReportLazyModel(monitoring, schoolId);
        refreshFigures();
    }

    ViolationFilter filter() {
        return new ViolationFilter(
                chosen.getTeacherId(), chosen.getClassId(), chosen.getSubjectId(), rule, severity, status);
    }

    public void search() {
        openCount = monitoring.countViolations(schoolId, ViolationFilter.open());
    }

    public void resetFilters() {
        chosen.clear();
        rule = null;
        severity = null;
        status = ViolationFilter.Status.OPEN;
    }

    /** «Проверить сейчас»: evaluates the school's rules without waiting for the night. */
    public void evaluateNow() {
        try {
            EvaluationResult result = monitoring.evaluate(EvaluationScope.school(schoolId));
            refreshFigures();
            MonitoringFaces.info(MonitoringFaces.text("evaluated", result.opened(), result.closed()));
        } catch (RuntimeException e) {
            if (!MonitoringFaces.refused(null, e)) {
                throw e;
            }
        }
    }

    public void remind(ViolationRow row) {
        try {
            int count = monitoring.remind(schoolId, row.teacherId(), remindComment);
            MonitoringFaces.info(MonitoringFaces.text("reminded", row.teacherName(), count));
        } catch (RuntimeException e) {
            if (!MonitoringFaces.refused(null, e)) {
                throw e;
            }
        }
    }

    public void exportExcel() {
        send(new ViolationExport(MonitoringFaces.texts()).excel(allFiltered()), "narusheniya.xlsx");
    }

    public void exportPdf() {
        try {
            byte[] pdf = new ViolationExport(MonitoringFaces.texts())
                    .pdf(
                            allFiltered(),
                            MonitoringFaces.text(
                                    "export.title", LocalDate.now().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))));
            send(pdf, "narusheniya.pdf");
        } catch (RuntimeException e) {
            if (!MonitoringFaces.refused(null, e)) {
                throw e;
            }
        }
    }

    public void loadTimeliness() {
        timeliness = periodId == null ? List.of() : monitoring.timeliness(schoolId, periodId);
    }

    private void refreshFigures() {
        search();
        chart = chartJson(monitoring.weeklyCounts(schoolId, CHART_WEEKS));
        loadTimeliness();
    }

    private List<ViolationRow> allFiltered() {
        return monitoring.violations(schoolId, filter(), 0, EXPORT_LIMIT);
    }

    private static void send(byte[] content, String fileName) {
        Faces.sendFile(content, fileName, true);
    }

    /** A Chart.js configuration for {@code p:chart}: open at the end of each week and new in it. */
    private static String chartJson(List<WeekCount> weeks) {
        StringBuilder labels = new StringBuilder();
        StringBuilder open = new StringBuilder();
        StringBuilder arisen = new StringBuilder();
        for (WeekCount w : weeks) {
            String sep = labels.length() == 0 ? "" : ",";
            labels.append(sep).append('"').append(WEEK.format(w.weekStart())).append('"');
            open.append(sep).append(w.openAtEnd());
            arisen.append(sep).append(w.arisen());
        }
        return """
                {"type":"bar","data":{"labels":[%s],"datasets":[
                {"type":"line","label":"%s","data":[%s],"borderColor":"#c0392b","backgroundColor":"#c0392b","tension":0.2},
                {"label":"%s","data":[%s],"backgroundColor":"#7fb3d5"}]},
                "options":{"responsive":true,"maintainAspectRatio":false,"animation":false,
                "scales":{"y":{"beginAtZero":true,"ticks":{"precision":0}}}}}""".formatted(
                        labels, MonitoringFaces.text("chart.open"), open, MonitoringFaces.text("chart.arisen"), arisen);
    }

    public ViolationRule[] getRules() {
        return ViolationRule.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public ViolationFilter.Status[] getStatuses() {
        return ViolationFilter.Status.values();
    }

    public FilterOptions getOptions() {
        return options;
    }

    public LazyDataModel<ViolationRow> getViolations() {
        return violations;
    }

    public LazyDataModel<ReportRow> getReports() {
        return reports;
    }

    public String getChart() {
        return chart;
    }

    public List<TeacherTimeliness> getTimeliness() {
        return timeliness;
    }

    public long getOpenCount() {
        return openCount;
    }

    /** The teacher, class and subject the list is filtered by. */
    public TeacherClassSubject getChosen() {
        return chosen;
    }

    public ViolationRule getRule() {
        return rule;
    }

    public void setRule(ViolationRule rule) {
        this.rule = rule;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public ViolationFilter.Status getStatus() {
        return status;
    }

    public void setStatus(ViolationFilter.Status status) {
        this.status = status;
    }

    public String getRemindComment() {
        return remindComment;
    }

    public void setRemindComment(String remindComment) {
        this.remindComment = remindComment;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public void setPeriodId(Long periodId) {
        this.periodId = periodId;
    }
}
