package ru.ejournal.web.reports;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.primefaces.component.export.PDFOptions;
import org.primefaces.component.export.PDFOrientationType;
import ru.ejournal.common.control.PdfFonts;
import ru.ejournal.operations.boundary.AnalyticsPeriod;
import ru.ejournal.operations.boundary.PeriodAnalyticsResults;
import ru.ejournal.reports.boundary.SchoolReport;
import ru.ejournal.reports.boundary.TermReports;
import ru.ejournal.reports.control.ReportRules;

/**
 * The deputy director's school report ({@code /deputy/school-report.xhtml}): classes beside their grade and
 * the school, subjects and teachers, and each figure against the previous period of the same kind (arrow and
 * change in points).
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
    private List<AnalyticsPeriod> periods = List.of();
    private Long periodId;
    private SchoolReport report;
    private SchoolReport previousReport;
    private AnalyticsPeriod previous;
    private final Map<String, ReportRules.Tally> before = new HashMap<>();

    @PostConstruct
    void init() {
        schoolId = analytics.callerSchool();
        periods = analytics.periods(schoolId);
        periodId = AnalyticsPeriod.shownFirst(periods, LocalDate.now());
        load();
    }

    public void load() {
        report = null;
        previousReport = null;
        previous = null;
        before.clear();
        AnalyticsPeriod chosen = periods.stream()
                .filter(p -> Objects.equals(p.id(), periodId))
                .findFirst()
                .orElse(null);
        if (chosen == null) {
            return;
        }
        report = reports.schoolReport(schoolId, chosen.id());
        previous = periods.stream()
                .filter(p -> p.kind().equals(chosen.kind()) && p.endDate().isBefore(chosen.startDate()))
                .reduce((a, b) -> b)
                .orElse(null);
        if (previous != null) {
            previousReport = reports.schoolReport(schoolId, previous.id());
            previousReport.classes().forEach(l -> before.put("c" + l.name(), l.figures()));
            previousReport.grades().forEach(l -> before.put("g" + l.name(), l.figures()));
            before.put("s", previousReport.school());
        }
    }

    /** «▲ 5,0» / «▼ 2,5» / «= 0,0»: the change in points against the previous period, or empty. */
    public String change(String key, String figure, ReportRules.Tally now) {
        ReportRules.Tally then = before.get(key);
        if (then == null || now == null) {
            return "";
        }
        Function<ReportRules.Tally, BigDecimal> f = switch (figure) {
            case "quality" -> ReportRules.Tally::qualityRate;
            case "sou" -> ReportRules.Tally::sou;
            default -> ReportRules.Tally::successRate;
        };
        BigDecimal a = f.apply(now);
        BigDecimal b = f.apply(then);
        if (a == null || b == null) {
            return "";
        }
        BigDecimal d = a.subtract(b);
        String arrow = d.signum() > 0 ? "▲ +" : d.signum() < 0 ? "▼ " : "= ";
        return arrow + d.toPlainString().replace('.', ',');
    }

    public String percent(BigDecimal value) {
        return value == null ? "—" : value.toPlainString().replace('.', ',');
    }

    public PDFOptions getPdfOptions() {
        PDFOptions options = new PDFOptions();
        options.setFontName(PdfFonts.regularFile().toString());
        options.setOrientation(PDFOrientationType.LANDSCAPE);
        options.setCellFontSize("9");
        options.setFacetFontSize("9");
        return options;
    }

    public String exportName() {
        return "school-report-"
                + periods.stream()
                        .filter(p -> Objects.equals(p.id(), periodId))
                        .map(p -> p.code().toLowerCase(java.util.Locale.ROOT))
                        .findFirst()
                        .orElse("period");
    }

    public List<AnalyticsPeriod> getPeriods() {
        return periods;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public void setPeriodId(Long periodId) {
        this.periodId = periodId;
    }

    public SchoolReport getReport() {
        return report;
    }

    public boolean isNoData() {
        return report == null || report.classes().isEmpty();
    }

    public String getPreviousName() {
        return previous == null ? null : previous.name();
    }
}
