package ru.ejournal.reports.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import ru.ejournal.common.control.Texts;
import ru.ejournal.reports.boundary.SchoolComparison;
import ru.ejournal.reports.boundary.SchoolReport;

/**
 * The school report of a period as files: the school, its classes (each beside the school's quality), its
 * grades, and per subject and teacher the teacher's classes; success, quality and СОУ in %, and for the
 * school, each class and each grade the change against the previous period and the same period of the
 * previous year, as the screen shows them.
 */
public final class SchoolReportFiles {

    private SchoolReportFiles() {}

    public static String title(SchoolReport report) {
        return Texts.text("reports.school.title", report.periodName());
    }

    public static List<ReportTables.Table> tables(SchoolReport report, SchoolComparison comparison) {
        String previous = comparison.previousName() == null
                ? Texts.text("reports.against.previous.none")
                : Texts.text("reports.against.period", comparison.previousName());
        String lastYear = comparison.lastYearName() == null
                ? Texts.text("reports.against.lastYear.none")
                : Texts.text("reports.against.period", comparison.lastYearName());
        List<String> figuresHeader = new ArrayList<>(figureNames());
        figuresHeader.add(previous);
        figuresHeader.add(lastYear);

        String schoolName = Texts.text("reports.school");
        List<List<String>> school = List.of(line(schoolName, report.school(), SchoolComparison.SCHOOL, comparison));
        List<List<String>> classes = new ArrayList<>();
        for (SchoolReport.Line c : report.classes()) {
            List<String> row = line(c.name(), c.figures(), SchoolComparison.classKey(c.name()), comparison);
            row.add(5, ClassTeacherReportFiles.number(report.school().qualityRate()));
            classes.add(row);
        }
        List<List<String>> grades = new ArrayList<>();
        for (SchoolReport.Line g : report.grades()) {
            grades.add(line(g.name(), g.figures(), SchoolComparison.gradeKey(g.grade()), comparison));
        }
        List<List<String>> teachers = new ArrayList<>();
        for (SchoolReport.TeacherLine t : report.teachers()) {
            teachers.add(List.of(
                    t.teacher(),
                    t.subject(),
                    t.className(),
                    String.valueOf(t.figures().count()),
                    ClassTeacherReportFiles.number(t.figures().successRate()),
                    ClassTeacherReportFiles.number(t.figures().qualityRate()),
                    ClassTeacherReportFiles.number(t.figures().sou())));
        }
        String className = Texts.text("reports.class");
        List<String> classHeader = new ArrayList<>(List.of(className));
        classHeader.addAll(figuresHeader);
        classHeader.add(5, Texts.text("reports.schoolQuality"));
        List<String> teacherHeader =
                new ArrayList<>(List.of(Texts.text("reports.teacher"), Texts.text("reports.subject"), className));
        teacherHeader.addAll(figureNames());
        return List.of(
                new ReportTables.Table(schoolName, with("", figuresHeader), school),
                new ReportTables.Table(Texts.text("reports.classes"), classHeader, classes),
                new ReportTables.Table(
                        Texts.text("reports.grades"), with(Texts.text("reports.grade"), figuresHeader), grades),
                new ReportTables.Table(Texts.text("reports.teachers"), teacherHeader, teachers));
    }

    /** «Учащихся», «Успеваемость, %», «Качество, %», «СОУ, %». */
    private static List<String> figureNames() {
        return List.of(
                Texts.text("reports.pupils"),
                Texts.text("reports.success"),
                Texts.text("reports.quality"),
                Texts.text("reports.sou"));
    }

    /**
     * «усп. ▲ +5,0 · кач. = 0,0 · СОУ ▼ −1,2»: success, quality and СОУ of {@code now} against {@code then} in one
     * cell; empty when there is nothing to compare with.
     */
    public static String changes(ReportRules.Tally then, ReportRules.Tally now) {
        return changes(then, now, Texts.RUSSIAN);
    }

    /** The same in {@code locale}. */
    public static String changes(ReportRules.Tally then, ReportRules.Tally now, Locale locale) {
        if (then == null || now == null) {
            return "";
        }
        return Texts.text(
                locale,
                "reports.changes",
                change(then, now, ReportRules.Tally::successRate),
                change(then, now, ReportRules.Tally::qualityRate),
                change(then, now, ReportRules.Tally::sou));
    }

    private static String change(
            ReportRules.Tally then, ReportRules.Tally now, Function<ReportRules.Tally, BigDecimal> figure) {
        return Changes.text(figure.apply(now), figure.apply(then));
    }

    private static List<String> line(String name, ReportRules.Tally figures, String key, SchoolComparison comparison) {
        Map<String, ReportRules.Tally> previous = comparison.previous();
        Map<String, ReportRules.Tally> lastYear = comparison.lastYear();
        return new ArrayList<>(List.of(
                name,
                String.valueOf(figures.count()),
                ClassTeacherReportFiles.number(figures.successRate()),
                ClassTeacherReportFiles.number(figures.qualityRate()),
                ClassTeacherReportFiles.number(figures.sou()),
                changes(previous.get(key), figures),
                changes(lastYear.get(key), figures)));
    }

    private static List<String> with(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    public static byte[] excel(SchoolReport report, SchoolComparison comparison) {
        return ReportTables.excel(title(report), tables(report, comparison));
    }

    public static byte[] pdf(SchoolReport report, SchoolComparison comparison) {
        return ReportTables.pdf(title(report), tables(report, comparison));
    }
}
