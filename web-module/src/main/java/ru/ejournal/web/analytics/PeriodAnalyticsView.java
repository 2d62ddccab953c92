package ru.ejournal.web.analytics;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.primefaces.component.export.PDFOptions;
import org.primefaces.component.export.PDFOrientationType;
import ru.ejournal.attendance.boundary.AttendanceService;
import ru.ejournal.common.control.PdfFonts;
import ru.ejournal.operations.boundary.AnalyticsPeriod;
import ru.ejournal.operations.boundary.AnalyticsRow;
import ru.ejournal.operations.boundary.MarkCount;
import ru.ejournal.operations.boundary.PeriodAnalyticsResults;
import ru.ejournal.web.common.PageParams;
import ru.ejournal.web.common.PeriodChoice;

/**
 * Period analytics (D10): the class teacher's analysis of their class ({@code /teacher/analytics.xhtml})
 * and the deputy director's analysis of the school ({@code /deputy/analytics.xhtml}). The figures are
 * those written by the period-analytics job; the charts are Chart.js configurations for {@code p:chart}.
 */
@Named("analyticsView")
@ViewScoped
public class PeriodAnalyticsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Per-subject summary of the chosen and the previous period (the school screen sums over the classes). */
    public record SubjectLine(
            String subject,
            BigDecimal success,
            BigDecimal quality,
            BigDecimal previousSuccess,
            BigDecimal previousQuality)
            implements Serializable {}

    @Inject
    PeriodAnalyticsResults results;

    @Inject
    AttendanceService attendance;

    private boolean school;
    private Long classId;
    private Long schoolId;
    private final PeriodChoice period = new PeriodChoice();
    private List<AnalyticsRow> rows = List.of();
    private List<MarkCount> marks = List.of();
    private List<AnalyticsRow> previousRows = List.of();
    private AnalyticsPeriod previous;
    private List<SubjectLine> subjects = List.of();
    private String successChart;
    private String attendanceChart;
    private String changeChart;
    private String marksChart;

    @PostConstruct
    void init() {
        school = PageParams.underDeputy();
        schoolId = results.callerSchool();
        if (!school) {
            classId = attendance.myClass();
        }
        List<AnalyticsPeriod> periods = results.periods(schoolId);
        String wanted = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("period");
        period.offer(periods);
        periods.stream() // the period asked for in the address, if the school has it
                .filter(p -> String.valueOf(p.id()).equals(wanted))
                .findFirst()
                .ifPresent(p -> period.setId(p.id()));
        load();
    }

    /** Reloads the figures for the chosen period. */
    public void load() {
        rows = List.of();
        marks = List.of();
        previousRows = List.of();
        previous = null;
        if (period.getId() == null || (!school && classId == null)) {
            buildCharts();
            return;
        }
        AnalyticsPeriod chosen = period.chosen().orElse(null);
        if (chosen == null) {
            buildCharts();
            return;
        }
        rows = fetch(chosen.id());
        marks = rows.isEmpty()
                ? List.of()
                : school ? results.marksOfSchool(schoolId, chosen.id()) : results.marksOfClass(classId, chosen.id());
        previous = period.getOptions().stream()
                .filter(p -> p.kind().equals(chosen.kind()) && p.endDate().isBefore(chosen.startDate()))
                .reduce((a, b) -> b)
                .orElse(null);
        previousRows = previous == null ? List.of() : fetch(previous.id());
        buildCharts();
    }

    private List<AnalyticsRow> fetch(long period) {
        return school ? results.ofSchool(schoolId, period) : results.ofClass(classId, period);
    }

    private void buildCharts() {
        Map<String, BigDecimal[]> now = bySubject(rows);
        Map<String, BigDecimal[]> before = bySubject(previousRows);
        List<SubjectLine> lines = new ArrayList<>();
        now.forEach((name, v) -> {
            BigDecimal[] p = before.get(name);
            lines.add(new SubjectLine(name, v[0], v[1], p == null ? null : p[0], p == null ? null : p[1]));
        });
        subjects = lines;
        List<String> labels = lines.stream().map(SubjectLine::subject).toList();
        successChart = bar(
                labels,
                List.of(
                        dataset(
                                text("analytics.success"),
                                "#42A5F5",
                                lines.stream().map(SubjectLine::success).toList()),
                        dataset(
                                text("analytics.quality"),
                                "#66BB6A",
                                lines.stream().map(SubjectLine::quality).toList())),
                100);
        changeChart = previousRows.isEmpty()
                ? null
                : bar(
                        labels,
                        List.of(
                                dataset(
                                        text("analytics.change.success"),
                                        "#42A5F5",
                                        lines.stream()
                                                .map(l -> diff(l.success(), l.previousSuccess()))
                                                .toList()),
                                dataset(
                                        text("analytics.change.quality"),
                                        "#66BB6A",
                                        lines.stream()
                                                .map(l -> diff(l.quality(), l.previousQuality()))
                                                .toList())),
                        null);
        marksChart = marks.stream().mapToLong(MarkCount::count).sum() == 0
                ? null
                : ChartJson.single(
                        "bar",
                        marks.stream().map(m -> "«" + m.mark() + "»").toList(),
                        text("analytics.marks.count"),
                        marks.stream().map(MarkCount::count).toList(),
                        List.of("#EF5350", "#FFA726", "#42A5F5", "#66BB6A"),
                        Json.createObjectBuilder().add("display", false).build());
        int ill = rows.stream().mapToInt(AnalyticsRow::missedIll).sum();
        int excused = rows.stream().mapToInt(AnalyticsRow::missedExcused).sum();
        int unexcused = rows.stream().mapToInt(AnalyticsRow::missedUnexcused).sum();
        int late = rows.stream().mapToInt(AnalyticsRow::late).sum();
        attendanceChart = ChartJson.single(
                "pie",
                List.of(
                        text("analytics.missedIll"),
                        text("analytics.missedExcused"),
                        text("analytics.missedUnexcused"),
                        text("analytics.late")),
                null,
                List.of((long) ill, (long) excused, (long) unexcused, (long) late),
                List.of("#42A5F5", "#66BB6A", "#EF5350", "#FFA726"),
                Json.createObjectBuilder().add("position", "bottom").build());
    }

    /** Mean of success and quality per subject over the rows (weighted by the number of students). */
    private static Map<String, BigDecimal[]> bySubject(List<AnalyticsRow> list) {
        Map<String, List<AnalyticsRow>> grouped = list.stream()
                .collect(Collectors.groupingBy(AnalyticsRow::subjectName, java.util.TreeMap::new, Collectors.toList()));
        Map<String, BigDecimal[]> out = new LinkedHashMap<>();
        grouped.forEach((name, group) ->
                out.put(name, new BigDecimal[] {weighted(group, true), weighted(group, false)}));
        return out;
    }

    private static BigDecimal weighted(List<AnalyticsRow> group, boolean success) {
        BigDecimal sum = BigDecimal.ZERO;
        int weight = 0;
        for (AnalyticsRow r : group) {
            BigDecimal v = success ? r.successRate() : r.qualityRate();
            if (v != null && r.students() > 0) {
                sum = sum.add(v.multiply(BigDecimal.valueOf(r.students())));
                weight += r.students();
            }
        }
        return weight == 0 ? null : sum.divide(BigDecimal.valueOf(weight), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal diff(BigDecimal now, BigDecimal before) {
        return now == null || before == null ? null : now.subtract(before);
    }

    private static JsonObject dataset(String label, String color, List<BigDecimal> values) {
        return ChartJson.dataset(label, color, values);
    }

    private static String bar(List<String> labels, List<JsonObject> datasets, Integer max) {
        return ChartJson.bar(labels, datasets, max);
    }

    private static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "bat");
        return bundle.getString(key);
    }

    public String percent(BigDecimal value) {
        return value == null ? "—" : value.setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    public String mark(BigDecimal value) {
        return value == null ? "—" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    public String periodName() {
        return period.chosen().map(AnalyticsPeriod::name).orElse("");
    }

    public String exportName() {
        String base = school ? "analytics-school" : "analytics-class";
        return base + "-" + period.fileCode();
    }

    /**
     * Options of the PDF export: the table in the journal's Cyrillic TrueType font (the built-in PDF fonts
     * have none).
     */
    public PDFOptions getPdfOptions() {
        PDFOptions options = new PDFOptions();
        options.setFontName(PdfFonts.regularFile().toString());
        options.setOrientation(PDFOrientationType.LANDSCAPE);
        options.setCellFontSize("9");
        options.setFacetFontSize("9");
        return options;
    }

    public boolean isSchool() {
        return school;
    }

    public boolean isNoClass() {
        return !school && classId == null;
    }

    public PeriodChoice getPeriod() {
        return period;
    }

    public List<AnalyticsRow> getRows() {
        return rows;
    }

    public boolean isHasPrevious() {
        return !previousRows.isEmpty();
    }

    public String getPreviousName() {
        return previous == null ? null : previous.name();
    }

    public List<SubjectLine> getSubjects() {
        return subjects;
    }

    public String getSuccessChart() {
        return successChart;
    }

    public String getAttendanceChart() {
        return attendanceChart;
    }

    public String getMarksChart() {
        return marksChart;
    }

    public List<MarkCount> getMarks() {
        return marks;
    }

    public String getChangeChart() {
        return changeChart;
    }
}
