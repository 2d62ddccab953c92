package ru.ejournal.web.reports;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.primefaces.model.StreamedContent;
import ru.ejournal.attendance.boundary.AttendanceService;
import ru.ejournal.classteacher.boundary.ClassRef;
import ru.ejournal.classteacher.boundary.ClassTeacherService;
import ru.ejournal.journal.entity.MarkValue;
import ru.ejournal.operations.boundary.PeriodAnalyticsResults;
import ru.ejournal.reports.boundary.SummarySheet;
import ru.ejournal.reports.boundary.TermReports;
import ru.ejournal.reports.control.SummarySheetFiles;
import ru.ejournal.web.common.Downloads;
import ru.ejournal.web.common.PageParams;
import ru.ejournal.web.common.PeriodChoice;

/**
 * The class summary sheet (сводная ведомость): the class teacher's of their class
 * ({@code /teacher/summary-sheet.xhtml}), the deputy director's of any class of the school
 * ({@code /deputy/summary-sheet.xhtml}), with the period choice and the Excel and PDF downloads.
 */
@Named("summarySheetView")
@ViewScoped
public class SummarySheetView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TermReports reports;

    @Inject
    PeriodAnalyticsResults analytics;

    @Inject
    AttendanceService attendance;

    @Inject
    ClassTeacherService classes;

    private boolean school;
    private List<ClassRef> classChoices = List.of();
    private Long classId;
    private final PeriodChoice period = new PeriodChoice();
    private SummarySheet sheet;

    @PostConstruct
    void init() {
        school = PageParams.underDeputy();
        if (school) {
            classChoices = classes.classesOfSchool();
            classId = classChoices.isEmpty() ? null : classChoices.get(0).id();
        } else {
            classId = attendance.myClass();
        }
        period.offer(analytics.periods(analytics.callerSchool()));
        load();
    }

    /** Reloads the sheet for the chosen class and period. */
    public void load() {
        sheet = classId == null || period.getId() == null ? null : reports.summarySheet(classId, period.getId());
    }

    public StreamedContent getExcel() {
        byte[] bytes = reports.summarySheetExcel(classId, period.getId());
        return Downloads.of(bytes, "svodnaya-vedomost.xlsx", Downloads.XLSX);
    }

    public StreamedContent getPdf() {
        byte[] bytes = reports.summarySheetPdf(classId, period.getId());
        return Downloads.of(bytes, "svodnaya-vedomost.pdf", Downloads.PDF);
    }

    public String result(String stored) {
        return stored == null ? "" : MarkValue.display(stored);
    }

    public List<String> totals(int kind) {
        return SummarySheetFiles.totalsRow(sheet, kind)
                .subList(2, 2 + sheet.subjects().size());
    }

    public String decimal(BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }

    public String classLine() {
        return sheet == null ? "" : SummarySheetFiles.classLine(sheet);
    }

    public boolean isSchool() {
        return school;
    }

    public boolean isNoData() {
        return sheet == null || sheet.pupils().isEmpty();
    }

    public List<ClassRef> getClassChoices() {
        return classChoices;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public PeriodChoice getPeriod() {
        return period;
    }

    public SummarySheet getSheet() {
        return sheet;
    }

    public boolean isNoClass() {
        return classId == null;
    }
}
