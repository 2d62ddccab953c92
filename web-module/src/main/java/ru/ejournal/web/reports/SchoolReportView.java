package ru.ejournal.web.reports;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import org.primefaces.model.StreamedContent;
import ru.ejournal.operations.boundary.AnalyticsPeriod;
import ru.ejournal.operations.boundary.PeriodAnalyticsResults;
import ru.ejournal.reports.boundary.SchoolComparison;
import ru.ejournal.reports.boundary.SchoolReport;
import ru.ejournal.reports.boundary.TermReports;
import ru.ejournal.reports.control.ReportRules;
import ru.ejournal.reports.control.SchoolReportFiles;
import ru.ejournal.web.common.Downloads;
import ru.ejournal.web.common.PeriodChoice;

/**
 * The deputy director's school report ({@code /deputy/school-report.xhtml}): classes beside their grade and
 * the school, subjects and teachers, and each figure against the previous period of the same kind and the same
 * period of the previous school year (arrow and change in points; {@link TermReports#schoolComparison}).
 */
@Named("schoolReportView")
@ViewScoped
public class SchoolReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TermReports reports;

    @Inject
    PeriodAnalyticsResults analytics;

    private Long schoolId;
    private final PeriodChoice period = new PeriodChoice();
    private SchoolReport report;
    private SchoolComparison comparison;

    @PostConstruct
    void init() {
        schoolId = analytics.callerSchool();
        period.offer(analytics.periods(schoolId));
        load();
    }

    public void load() {
        report = null;
        comparison = null;
        AnalyticsPeriod chosen = period.chosen().orElse(null);
        if (chosen == null) {
            return;
        }
        report = reports.schoolReport(schoolId, chosen.id());
        comparison = reports.schoolComparison(schoolId, chosen.id());
    }

    /** Success, quality and СОУ against the previous period ({@code year} false) or the previous year, in one cell. */
    public String changes(String key, boolean year, ReportRules.Tally now) {
        Map<String, ReportRules.Tally> then =
                comparison == null ? Map.of() : year ? comparison.lastYear() : comparison.previous();
        return SchoolReportFiles.changes(then.get(key), now);
    }

    public String classKey(String name) {
        return SchoolComparison.classKey(name);
    }

    public String gradeKey(int grade) {
        return SchoolComparison.gradeKey(grade);
    }

    public String percent(BigDecimal value) {
        return value == null ? "—" : value.toPlainString().replace('.', ',');
    }

    public StreamedContent getExcel() {
        return Downloads.of(
                reports.schoolReportExcel(schoolId, period.getId()), exportName() + ".xlsx", Downloads.XLSX);
    }

    public StreamedContent getPdf() {
        return Downloads.of(reports.schoolReportPdf(schoolId, period.getId()), exportName() + ".pdf", Downloads.PDF);
    }

    private String exportName() {
        return "school-report-" + period.fileCode();
    }

    public PeriodChoice getPeriod() {
        return period;
    }

    public SchoolReport getReport() {
        return report;
    }

    public boolean isNoData() {
        return report == null || report.classes().isEmpty();
    }

    public String getPreviousName() {
        return comparison == null ? null : comparison.previousName();
    }

    public String getLastYearName() {
        return comparison == null ? null : comparison.lastYearName();
    }
}
