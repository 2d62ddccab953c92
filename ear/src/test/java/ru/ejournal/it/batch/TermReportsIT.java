package ru.ejournal.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.attendance.entity.Absence;
import ru.ejournal.attendance.entity.AbsenceCode;
import ru.ejournal.batch.operations.BatchJobs;
import ru.ejournal.batch.operations.ExecutionSummary;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.journal.entity.Mark;
import ru.ejournal.journal.entity.PeriodGrade;
import ru.ejournal.journal.entity.PeriodGradeKind;
import ru.ejournal.journal.entity.WorkType;
import ru.ejournal.movement.boundary.ArrivalData;
import ru.ejournal.movement.boundary.DepartureData;
import ru.ejournal.movement.boundary.MovementRow;
import ru.ejournal.movement.boundary.MovementService;
import ru.ejournal.reports.boundary.ClassTeacherReport;
import ru.ejournal.reports.boundary.ClassTeacherReports;
import ru.ejournal.reports.boundary.ReportCard;
import ru.ejournal.reports.boundary.SchoolReport;
import ru.ejournal.reports.boundary.SummarySheet;
import ru.ejournal.reports.boundary.TermReports;
import ru.ejournal.reports.control.ReportRules;
import ru.ejournal.school.entity.AcademicYear;
import ru.ejournal.school.entity.Grading;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.school.entity.StudyPeriodKind;
import ru.ejournal.school.entity.Subject;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.staff.entity.StaffMember;
import ru.ejournal.student.entity.Gender;
import ru.ejournal.student.entity.Student;

/**
 * The term-end reports (issue 16) on a generated class with honour, single-«4», single-«3», failing and
 * not-assessed pupils, two quarters and a second class: period-analytics' per-pupil results and the class
 * summary sheet (screen data, Excel cell by cell, PDF) equal the expectations this test computes from the
 * data it generated ({@link Generated}), never from the code under test.
 */
@ExtendWith(ArquillianExtension.class)
class TermReportsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    BatchJobs jobs;

    @Inject
    TestSchools schools;

    @Inject
    Tx tx;

    @Inject
    TermReports reports;

    @Inject
    ClassTeacherReports classReports;

    @Inject
    MovementService movements;

    /** Results of each pupil in MATH and RUS to aim at (-1: two marks only, so «НА»); PE is ЗАЧ but for one. */
    private static final int[][] PROFILES = {
        {5, 5}, {5, 4}, {4, 4}, {3, 4}, {4, 3}, {3, 3}, {2, 4}, {4, 5}, {5, -1}, {4, 4}
    };

    private static final String[] LAST = {
        "Андреев", "Борисова", "Васильев", "Григорьева", "Дмитриев", "Егорова", "Жуков", "Зайцева", "Ильин", "Калинина"
    };

    private static final int FAILS_PE = 7;
    private static final int GRADE_OVERRIDE = 9;

    /** What the test generated, with the expectations it computes from that alone. */
    static final class Generated {
        Fixture f;
        String schoolCode;
        long q1;
        long q2;
        final Map<String, Long> subjects = new LinkedHashMap<>(); // name -> id, in the sheet's order
        final Map<String, Boolean> passFail = new HashMap<>();
        final Map<Long, String> names = new HashMap<>();
        final List<Long> pupils = new ArrayList<>();
        // pupil|subjectName -> (value, weight) of Q1
        final Map<String, List<int[]>> marks = new HashMap<>();
        final Map<String, String> grades = new HashMap<>();
        final Map<Long, int[]> absences = new HashMap<>(); // N, B, U, P, OP
        final Map<Long, String> classB = new HashMap<>();
        LocalDate departedOn;
        LocalDate arrivedOn;
        long arrived;
        // the previous school year: its Q1 and class 4А (this year's 5А), results written directly
        long lastYearQ1;
        String lastYearName;
        final Map<String, String> lastYear = new HashMap<>(); // pupil|subjectName -> result of last year's Q1

        /** Points of СОУ of one result (×100). */
        static int points(String r) {
            return switch (r) {
                case "5" -> 100;
                case "4" -> 64;
                case "3" -> 36;
                case "2", "1" -> 16;
                default -> 8;
            };
        }

        /** The pupil's results in all subjects. */
        List<String> all(long pupil) {
            return subjects.keySet().stream().map(s -> result(pupil, s)).toList();
        }

        boolean succeeds(long pupil) {
            return all(pupil).stream()
                    .allMatch(r -> List.of("3", "4", "5", "ЗАЧ").contains(r));
        }

        boolean quality(long pupil) {
            return succeeds(pupil) && all(pupil).stream().noneMatch("3"::equals);
        }

        String percent(long count, long of) {
            return BigDecimal.valueOf(count * 100)
                    .divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP)
                    .toPlainString();
        }

        String result(long pupil, String subject) {
            String key = pupil + "|" + subject;
            if (grades.containsKey(key)) {
                return grades.get(key);
            }
            List<int[]> own = marks.getOrDefault(key, List.of());
            if (own.size() < 3) {
                return "НА";
            }
            int sum = 0;
            int weights = 0;
            for (int[] m : own) {
                sum += m[0] * m[1];
                weights += m[1];
            }
            BigDecimal average = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
            BigDecimal whole = average.setScale(0, RoundingMode.FLOOR);
            return whole.add(
                            average.subtract(whole).compareTo(new BigDecimal("0.50")) >= 0
                                    ? BigDecimal.ONE
                                    : BigDecimal.ZERO)
                    .toPlainString();
        }

        List<Long> ordered() {
            return pupils.stream()
                    .sorted(Comparator.comparing((Long p) -> names.get(p)).thenComparing(p -> p))
                    .toList();
        }

        static String shown(String result) {
            return switch (result) {
                case "ЗАЧ" -> "зач";
                case "НЕЗАЧ" -> "незач";
                case "НА" -> "н/а";
                default -> result;
            };
        }

        /** The expected cells of the summary sheet's rows: header, pupils, success, quality, СОУ. */
        List<List<String>> sheet() {
            List<List<String>> rows = new ArrayList<>();
            List<String> header = new ArrayList<>(List.of("№", "Ученик"));
            header.addAll(subjects.keySet());
            header.addAll(List.of(
                    "Средний балл",
                    "Пропущено уроков",
                    "По болезни",
                    "По уважительной причине",
                    "Без уважительной причины",
                    "Опозданий"));
            rows.add(header);
            int n = 0;
            for (long p : ordered()) {
                List<String> row = new ArrayList<>(List.of(String.valueOf(++n), names.get(p)));
                int sum = 0;
                int count = 0;
                for (String s : subjects.keySet()) {
                    String r = result(p, s);
                    row.add(shown(r));
                    if (!passFail.get(s) && r.length() == 1) {
                        sum += Integer.parseInt(r);
                        count++;
                    }
                }
                row.add(
                        count == 0
                                ? ""
                                : BigDecimal.valueOf(sum)
                                        .divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP)
                                        .toPlainString()
                                        .replace('.', ','));
                int[] a = absences.getOrDefault(p, new int[5]);
                row.addAll(List.of(
                        String.valueOf(a[0] + a[1] + a[2] + a[3]),
                        String.valueOf(a[1]),
                        String.valueOf(a[2]),
                        String.valueOf(a[0] + a[3]),
                        String.valueOf(a[4])));
                rows.add(row);
            }
            String[] labels = {"Успеваемость, %", "Качество, %", "СОУ, %"};
            for (int kind = 0; kind < 3; kind++) {
                List<String> row = new ArrayList<>(List.of("", labels[kind]));
                for (String s : subjects.keySet()) {
                    List<String> results =
                            pupils.stream().map(p -> result(p, s)).toList();
                    double value;
                    if (kind == 0) {
                        value = results.stream()
                                .filter(r -> List.of("3", "4", "5", "ЗАЧ").contains(r))
                                .count();
                    } else if (passFail.get(s)) {
                        row.add("");
                        continue;
                    } else if (kind == 1) {
                        value = results.stream()
                                .filter(r -> List.of("4", "5").contains(r))
                                .count();
                    } else {
                        value = 0;
                        for (String r : results) {
                            value += switch (r) {
                                case "5" -> 100;
                                case "4" -> 64;
                                case "3" -> 36;
                                case "2", "1" -> 16;
                                default -> 8;
                            };
                        }
                        value /= 100;
                    }
                    row.add(BigDecimal.valueOf(value * 100)
                            .divide(BigDecimal.valueOf(results.size()), 1, RoundingMode.HALF_UP)
                            .toPlainString()
                            .replace('.', ','));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static Generated data;

    private Generated data() throws Exception {
        if (data == null) {
            data = generate(new Random(16));
            ExecutionSummary run = JobRuns.run(
                    jobs,
                    data.f.admin(),
                    BatchJobs.ANALYTICS,
                    Map.of("schoolCode", data.schoolCode, "periodCode", "Q1"));
            assertEquals("COMPLETED", run.batchStatus(), run.toString());
        }
        return data;
    }

    @Test
    @DisplayName(
            "period-analytics stores each pupil's result, average and absences as computed from the generated marks; a second run changes nothing")
    void pupilResultsMatchTheGeneratedMarks() throws Exception {
        Generated g = data();
        Map<String, String> expected = new TreeMap<>();
        for (long p : g.pupils) {
            int[] a = g.absences.getOrDefault(p, new int[5]);
            for (String s : g.subjects.keySet()) {
                expected.put(p + "|" + s, g.result(p, s) + "|" + g.grades.containsKey(p + "|" + s));
            }
            assertTrue(a.length == 5);
        }
        Map<String, String> stored = stored(g);
        assertEquals(expected, stored);
        assertEquals(absenceSums(g), storedAbsences(g), "absences per pupil: missed, ill, excused, unexcused, late");

        ExecutionSummary again = JobRuns.run(
                jobs, g.f.admin(), BatchJobs.ANALYTICS, Map.of("schoolCode", g.schoolCode, "periodCode", "Q1"));

        assertEquals("COMPLETED", again.batchStatus());
        assertEquals(expected, stored(g), "the same rows, none doubled");
    }

    @Test
    @DisplayName("The summary sheet shows every cell as computed from the generated data, and its lists of standings")
    void summarySheetMatchesExpectations() throws Exception {
        Generated g = data();
        SummarySheet sheet =
                Caller.as(g.f.classTeacherA(), Fixture.CLASS_TEACHER, () -> reports.summarySheet(g.f.classA(), g.q1));

        List<List<String>> expected = g.sheet();
        assertEquals(expected.get(0), ru.ejournal.reports.control.SummarySheetFiles.header(sheet));
        for (int i = 0; i < sheet.pupils().size(); i++) {
            assertEquals(
                    expected.get(i + 1),
                    ru.ejournal.reports.control.SummarySheetFiles.pupilRow(
                            i, sheet.pupils().get(i)));
        }
        assertEquals(g.pupils.size(), sheet.pupils().size(), "class B's pupil is not on class A's sheet");
        Map<String, String> standing = new HashMap<>();
        sheet.pupils().forEach(p -> standing.put(p.name(), p.standing().name()));
        assertEquals("HONOUR", standing.get(g.names.get(g.pupils.get(0))));
        assertEquals("SINGLE_FOUR", standing.get(g.names.get(g.pupils.get(1))));
        assertEquals("GOOD", standing.get(g.names.get(g.pupils.get(2))));
        assertEquals("SINGLE_THREE", standing.get(g.names.get(g.pupils.get(3))));
        assertEquals("SINGLE_THREE", standing.get(g.names.get(g.pupils.get(4))));
        assertEquals("SATISFACTORY", standing.get(g.names.get(g.pupils.get(5))));
        assertEquals("FAILING", standing.get(g.names.get(g.pupils.get(6))));
        assertEquals("FAILING", standing.get(g.names.get(g.pupils.get(FAILS_PE))), "НЕЗАЧ fails");
        assertEquals("NOT_ASSESSED", standing.get(g.names.get(g.pupils.get(8))));
        assertEquals("HONOUR", standing.get(g.names.get(g.pupils.get(GRADE_OVERRIDE))), "the teacher's «5»s count");
        assertEquals("NOT_ASSESSED", standing.get("Новиков Пётр"), "arrived in the period, no marks yet");
        List<String> without = new ArrayList<>();
        for (long p : g.ordered()) {
            List<String> missing = g.subjects.keySet().stream()
                    .filter(s -> g.result(p, s).equals("НА"))
                    .toList();
            if (!missing.isEmpty()) {
                without.add(g.names.get(p) + ": " + String.join(", ", missing));
            }
        }
        assertEquals(without, sheet.withoutResult());
        long success = g.pupils.stream().filter(g::succeeds).count();
        long quality = g.pupils.stream().filter(g::quality).count();
        assertEquals(7, success, "the generated class: 0–5 and 9 succeed");
        assertEquals(4, quality, "0, 1, 2 and 9 are of quality");
        assertEquals(
                g.percent(success, g.pupils.size()),
                sheet.classTotal().successRate().toPlainString());
        assertEquals(
                g.percent(quality, g.pupils.size()),
                sheet.classTotal().qualityRate().toPlainString());
    }

    @Test
    @DisplayName("The summary sheet's Excel has the screen's cells, row by row; its PDF prints them")
    void exportsCellByCell() throws Exception {
        Generated g = data();
        byte[] xlsx = Caller.as(g.f.deputy(), Fixture.DEPUTY, () -> reports.summarySheetExcel(g.f.classA(), g.q1));
        byte[] pdf = Caller.as(
                g.f.classTeacherA(), Fixture.CLASS_TEACHER, () -> reports.summarySheetPdf(g.f.classA(), g.q1));

        List<List<String>> expected = g.sheet();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().startsWith("Сводная ведомость: 5А"));
            for (int r = 0; r < expected.size(); r++) {
                Row row = sheet.getRow(r + 1);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(format.formatCellValue(row.getCell(c)));
                }
                assertEquals(expected.get(r), cells, "row " + (r + 1));
            }
            assertEquals(
                    "Класс: учащихся " + g.pupils.size() + ", успеваемость "
                            + g.percent(g.pupils.stream().filter(g::succeeds).count(), g.pupils.size())
                                    .replace('.', ',')
                            + " %, качество "
                            + g.percent(g.pupils.stream().filter(g::quality).count(), g.pupils.size())
                                    .replace('.', ',')
                            + " %, СОУ " + classSou(g) + " %",
                    sheet.getRow(expected.size() + 1).getCell(0).getStringCellValue());
        }
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", "");
        reader.close();
        for (List<String> row : expected) {
            assertTrue(text.contains(String.join("", row).replaceAll("\\s+", "")), "PDF row " + row + " in " + text);
        }
    }

    @Test
    @DisplayName(
            "The summary sheet: another class's teacher, a subject teacher, a parent and another school are refused")
    void refusals() throws Exception {
        Generated g = data();
        Caller.as(g.f.admin(), Fixture.ADMIN, () -> reports.summarySheet(g.f.classA(), g.q1));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        g.f.classTeacherB(), Fixture.CLASS_TEACHER, () -> reports.summarySheet(g.f.classA(), g.q1)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(
                        g.f.subjectTeacherA(),
                        Fixture.SUBJECT_TEACHER,
                        () -> reports.summarySheet(g.f.classA(), g.q1)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(g.f.parentA(), Fixture.PARENT, () -> reports.summarySheetPdf(g.f.classA(), g.q1)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        g.f.otherSchoolDeputy(), Fixture.DEPUTY, () -> reports.summarySheetExcel(g.f.classA(), g.q1)));
    }

    @Test
    @DisplayName("The class teacher's report: movement with order numbers, the lists of standings, figures, attendance")
    void classTeacherReport() throws Exception {
        Generated g = data();
        ClassTeacherReport report = Caller.as(
                g.f.classTeacherA(), Fixture.CLASS_TEACHER, () -> classReports.classTeacherReport(g.f.classA(), g.q1));

        assertEquals(g.pupils.size(), report.pupilsAtEnd());
        assertEquals(g.pupils.size(), report.pupilsAtStart(), "one left, one came");
        assertEquals(List.of(new ClassTeacherReport.Movement("Новиков Пётр", g.arrivedOn, "15-у")), report.arrivals());
        assertEquals(
                List.of(new ClassTeacherReport.Movement("Яковлев Олег", g.departedOn, "12-у")), report.departures());
        assertEquals(names(g, 0, 9), report.honour());
        assertEquals(names(g, 1), report.singleFour());
        assertEquals(names(g, 1, 2), report.good());
        assertEquals(names(g, 3, 4), report.singleThree());
        assertEquals(
                List.of(
                                new ClassTeacherReport.Listed(
                                        g.names.get(g.pupils.get(6)), List.of("Математика"), null),
                                new ClassTeacherReport.Listed(
                                        g.names.get(g.pupils.get(FAILS_PE)), List.of("Физкультура"), null))
                        .stream()
                        .sorted(Comparator.comparing(ClassTeacherReport.Listed::name))
                        .toList(),
                report.failing());
        assertEquals(
                List.of(g.names.get(g.pupils.get(8)), "Новиков Пётр").stream()
                        .sorted()
                        .toList(),
                report.notAssessed().stream()
                        .map(ClassTeacherReport.Listed::name)
                        .toList());
        long pupil8 = g.pupils.get(8);
        int[] a = g.absences.getOrDefault(pupil8, new int[5]);
        assertTrue(
                report.notAssessed().stream()
                        .anyMatch(l -> l.reason()
                                .equals("пропущено уроков: " + (a[0] + a[1] + a[2] + a[3]) + ", из них по болезни: "
                                        + a[1])),
                "the reason from absences");
        assertEquals(classSou(g), report.figures().sou().toPlainString().replace('.', ','));
        assertEquals(g.pupils.size(), report.attendance().size());
        List<ClassTeacherReports.PeriodFigures> year =
                Caller.as(g.f.classTeacherA(), Fixture.CLASS_TEACHER, () -> classReports.classOverYear(g.f.classA()));
        assertEquals(
                List.of("1 четверть"),
                year.stream().map(ClassTeacherReports.PeriodFigures::periodName).toList());
        assertEquals(report.figures(), year.get(0).figures(), "the chart's Q1 is the report's Q1");
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        g.f.classTeacherB(),
                        Fixture.CLASS_TEACHER,
                        () -> classReports.classTeacherReport(g.f.classA(), g.q1)));
    }

    @Test
    @DisplayName(
            "The class teacher's report as Excel, cell by cell, and as PDF: the rows computed from the generated data, with the change against last year's Q1")
    void classTeacherReportExportsCellByCell() throws Exception {
        Generated g = data();
        byte[] xlsx = Caller.as(
                g.f.classTeacherA(),
                Fixture.CLASS_TEACHER,
                () -> classReports.classTeacherReportExcel(g.f.classA(), g.q1));
        byte[] pdf =
                Caller.as(g.f.deputy(), Fixture.DEPUTY, () -> classReports.classTeacherReportPdf(g.f.classA(), g.q1));

        List<List<String>> expected = expectedClassReport(g);
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(
                    "Отчёт классного руководителя: 5А, 1 четверть",
                    sheet.getRow(0).getCell(0).getStringCellValue());
            for (int r = 0; r < expected.size(); r++) {
                Row row = sheet.getRow(r + 1);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(format.formatCellValue(row.getCell(c)));
                }
                assertEquals(expected.get(r), cells, "row " + (r + 1));
            }
            assertEquals(expected.size(), sheet.getLastRowNum(), "no rows beyond the expected ones");
        }
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        reader.close();
        String flat = text.toString().replaceAll("\\s+", "");
        for (List<String> row : expected) {
            assertTrue(flat.contains(String.join("", row).replaceAll("\\s+", "")), "PDF row " + row + " in " + flat);
        }
    }

    @Test
    @DisplayName(
            "The class teacher's report files: another class's teacher, a subject teacher and a parent are refused")
    void classTeacherReportExportRefusals() throws Exception {
        Generated g = data();
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        g.f.classTeacherB(),
                        Fixture.CLASS_TEACHER,
                        () -> classReports.classTeacherReportExcel(g.f.classA(), g.q1)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        g.f.classTeacherB(),
                        Fixture.CLASS_TEACHER,
                        () -> classReports.classTeacherReportPdf(g.f.classA(), g.q1)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(
                        g.f.parentA(), Fixture.PARENT, () -> classReports.classTeacherReportExcel(g.f.classA(), g.q1)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(
                        g.f.parentA(), Fixture.PARENT, () -> classReports.classTeacherReportPdf(g.f.classA(), g.q1)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(
                        g.f.subjectTeacherA(),
                        Fixture.SUBJECT_TEACHER,
                        () -> classReports.classTeacherReportExcel(g.f.classA(), g.q1)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        g.f.otherSchoolDeputy(),
                        Fixture.DEPUTY,
                        () -> classReports.classTeacherReportPdf(g.f.classA(), g.q1)));
    }

    @Test
    @DisplayName(
            "Against the same period of the previous year: 5А with last year's 4А, the grade and the school; no previous quarter before Q1")
    void comparisonWithTheSamePeriodOfThePreviousYear() throws Exception {
        Generated g = data();
        String[] expected = lastYearFigures(g);
        ClassTeacherReport report = Caller.as(
                g.f.classTeacherA(), Fixture.CLASS_TEACHER, () -> classReports.classTeacherReport(g.f.classA(), g.q1));
        assertEquals(null, report.previousPeriod(), "Q1 is the year's first quarter");
        assertEquals("1 четверть", report.lastYear().periodName());
        assertEquals("4А", report.lastYear().className());
        assertEquals(
                String.join("|", expected),
                report.lastYear().figures().count() + "|"
                        + report.lastYear().figures().successRate() + "|"
                        + report.lastYear().figures().qualityRate() + "|"
                        + report.lastYear().figures().sou());

        ru.ejournal.reports.boundary.SchoolComparison comparison =
                Caller.as(g.f.deputy(), Fixture.DEPUTY, () -> reports.schoolComparison(schoolId(g), g.q1));
        assertEquals(null, comparison.previousName());
        assertTrue(comparison.previous().isEmpty());
        assertEquals("1 четверть, " + g.lastYearName, comparison.lastYearName());
        ReportRules.Tally then = comparison.lastYear().get("c5А");
        assertEquals(
                String.join("|", expected),
                then.count() + "|" + then.successRate() + "|" + then.qualityRate() + "|" + then.sou(),
                "this year's 5А against last year's 4А");
        assertEquals(then, comparison.lastYear().get("s"), "the school had 4А only");
        assertEquals(then, comparison.lastYear().get("g4"), "grade 4 of last year");
        assertEquals(null, comparison.lastYear().get("g5"), "no grade 5 last year");
        assertEquals(null, comparison.lastYear().get("c5Б"), "no 4Б last year");
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(
                        g.f.classTeacherA(), Fixture.CLASS_TEACHER, () -> reports.schoolComparison(schoolId(g), g.q1)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        g.f.otherSchoolDeputy(), Fixture.DEPUTY, () -> reports.schoolComparison(schoolId(g), g.q1)));
    }

    /** Last year's 4А in Q1 from the results the test wrote: pupils, success, quality, СОУ (as 0.0). */
    private static String[] lastYearFigures(Generated g) {
        int count = 0;
        int success = 0;
        int quality = 0;
        int points = 0;
        int graded = 0;
        for (int i = 0; i < PROFILES.length; i++) {
            long p = g.pupils.get(i);
            count++;
            List<String> all = g.subjects.keySet().stream()
                    .map(s -> g.lastYear.get(p + "|" + s))
                    .toList();
            boolean ok =
                    all.stream().allMatch(r -> List.of("3", "4", "5", "ЗАЧ").contains(r));
            success += ok ? 1 : 0;
            quality += ok && all.stream().noneMatch("3"::equals) ? 1 : 0;
            for (String s : g.subjects.keySet()) {
                if (!g.passFail.get(s)) {
                    graded++;
                    points += Generated.points(g.lastYear.get(p + "|" + s));
                }
            }
        }
        return new String[] {
            String.valueOf(count),
            g.percent(success, count),
            g.percent(quality, count),
            BigDecimal.valueOf(points)
                    .divide(BigDecimal.valueOf(graded), 1, RoundingMode.HALF_UP)
                    .toPlainString()
        };
    }

    /** «▲ +5,0» / «▼ −2,5» / «= 0,0» of two figures as «0.0» text. */
    private static String change(String now, String then) {
        BigDecimal d = new BigDecimal(now).subtract(new BigDecimal(then));
        return (d.signum() > 0 ? "▲ +" : d.signum() < 0 ? "▼ −" : "= ")
                + d.abs().toPlainString().replace('.', ',');
    }

    /** The rows of the class teacher's report of 5А in Q1 (under the title), from the generated data alone. */
    private static List<List<String>> expectedClassReport(Generated g) {
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
        List<List<String>> rows = new ArrayList<>();
        int n = g.pupils.size();
        rows.add(List.of("Учащихся на начало периода", String.valueOf(n)));
        rows.add(List.of("Учащихся на конец периода", String.valueOf(n)));
        rows.add(List.of("Прибыл(а)", "Новиков Пётр", g.arrivedOn.format(day), "приказ № 15-у"));
        rows.add(List.of("Выбыл(а)", "Яковлев Олег", g.departedOn.format(day), "приказ № 12-у"));
        rows.add(List.of("Отличники", String.join(", ", names(g, 0, 9))));
        rows.add(List.of("Хорошисты", String.join(", ", names(g, 1, 2))));
        rows.add(List.of("С одной «4»", String.join(", ", names(g, 1))));
        rows.add(List.of("С одной «3»", String.join(", ", names(g, 3, 4))));
        for (long p : g.ordered()) {
            List<String> failed = g.subjects.keySet().stream()
                    .filter(s -> List.of("1", "2", "НЕЗАЧ").contains(g.result(p, s)))
                    .toList();
            if (!failed.isEmpty()) {
                rows.add(List.of("Неуспевающие", g.names.get(p), String.join(", ", failed)));
            }
        }
        for (long p : g.ordered()) {
            List<String> all = g.all(p);
            boolean below =
                    all.stream().anyMatch(r -> List.of("1", "2", "НЕЗАЧ").contains(r));
            if (below || !all.contains("НА")) {
                continue;
            }
            int[] a = g.absences.getOrDefault(p, new int[5]);
            rows.add(List.of(
                    "Не аттестованы",
                    g.names.get(p),
                    String.join(
                            ", ",
                            g.subjects.keySet().stream()
                                    .filter(s -> g.result(p, s).equals("НА"))
                                    .toList()),
                    "пропущено уроков: " + (a[0] + a[1] + a[2] + a[3]) + ", из них по болезни: " + a[1]));
        }
        String[] then = lastYearFigures(g);
        rows.add(List.of(
                "Показатель, %",
                "Значение", "К предыдущему периоду: нет данных", "К периоду «1 четверть» прошлого года (4А)"));
        String success = g.percent(g.pupils.stream().filter(g::succeeds).count(), n);
        String quality = g.percent(g.pupils.stream().filter(g::quality).count(), n);
        String sou = classSou(g).replace(',', '.');
        rows.add(List.of("Успеваемость", success.replace('.', ','), "", change(success, then[1])));
        rows.add(List.of("Качество", quality.replace('.', ','), "", change(quality, then[2])));
        rows.add(List.of("СОУ", sou.replace('.', ','), "", change(sou, then[3])));
        rows.add(List.of("Ученик", "Пропущено уроков", "Из них по болезни", "Доля по болезни, %"));
        for (long p : g.ordered()) {
            int[] a = g.absences.getOrDefault(p, new int[5]);
            int missed = a[0] + a[1] + a[2] + a[3];
            rows.add(List.of(
                    g.names.get(p),
                    String.valueOf(missed),
                    String.valueOf(a[1]),
                    missed == 0 ? "—" : g.percent(a[1], missed).replace('.', ',')));
        }
        return rows;
    }

    @Test
    @DisplayName("The school report: classes, grade and school figures; a teacher's classes per subject; deputy only")
    void schoolReport() throws Exception {
        Generated g = data();
        SchoolReport report = Caller.as(g.f.deputy(), Fixture.DEPUTY, () -> reports.schoolReport(schoolId(g), g.q1));

        long success = g.pupils.stream().filter(g::succeeds).count();
        long quality = g.pupils.stream().filter(g::quality).count();
        assertEquals(
                List.of("5А", "5Б"),
                report.classes().stream().map(SchoolReport.Line::name).toList());
        SchoolReport.Line a = report.classes().get(0);
        assertEquals(g.pupils.size(), a.figures().count());
        assertEquals(
                g.percent(success, g.pupils.size()), a.figures().successRate().toPlainString());
        SchoolReport.Line b = report.classes().get(1);
        assertEquals(
                "100.0|0.0|36.0",
                b.figures().successRate() + "|" + b.figures().qualityRate() + "|"
                        + b.figures().sou());
        int all = g.pupils.size() + 1;
        assertEquals(g.percent(success + 1, all), report.school().successRate().toPlainString());
        assertEquals(g.percent(quality, all), report.school().qualityRate().toPlainString());
        assertEquals(1, report.grades().size());
        assertEquals(report.school(), report.grades().get(0).figures());
        List<String> maths =
                g.pupils.stream().map(p -> g.result(p, "Математика")).toList();
        String mathsA = g.percent(
                        maths.stream()
                                .filter(r -> List.of("3", "4", "5").contains(r))
                                .count(),
                        maths.size()) + "|"
                + g.percent(
                        maths.stream()
                                .filter(r -> List.of("4", "5").contains(r))
                                .count(),
                        maths.size());
        Map<String, String> teachers = new HashMap<>();
        report.teachers()
                .forEach(t -> teachers.put(
                        t.subject() + " " + t.className(),
                        t.figures().successRate() + "|" + t.figures().qualityRate()));
        assertEquals(mathsA, teachers.get("Математика 5А"));
        assertEquals("100.0|0.0", teachers.get("Математика 5Б"));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(
                        g.f.classTeacherA(), Fixture.CLASS_TEACHER, () -> reports.schoolReport(schoolId(g), g.q1)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        g.f.otherSchoolDeputy(), Fixture.DEPUTY, () -> reports.schoolReport(schoolId(g), g.q1)));
    }

    @Test
    @DisplayName("The school report as Excel, cell by cell (a sheet a table), and as PDF; deputy only")
    void schoolReportExportsCellByCell() throws Exception {
        Generated g = data();
        byte[] xlsx = Caller.as(g.f.deputy(), Fixture.DEPUTY, () -> reports.schoolReportExcel(schoolId(g), g.q1));
        byte[] pdf = Caller.as(g.f.deputy(), Fixture.DEPUTY, () -> reports.schoolReportPdf(schoolId(g), g.q1));

        int all = g.pupils.size() + 1;
        String success = g.percent(g.pupils.stream().filter(g::succeeds).count(), g.pupils.size());
        String quality = g.percent(g.pupils.stream().filter(g::quality).count(), g.pupils.size());
        String schoolQuality = g.percent(g.pupils.stream().filter(g::quality).count(), all);
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(4, workbook.getNumberOfSheets());
            Sheet classes = workbook.getSheet("Классы");
            assertTrue(classes.getRow(0).getCell(0).getStringCellValue().startsWith("Отчёт школы за период: "));
            assertEquals(
                    List.of("Класс", "Учащихся", "Успеваемость, %", "Качество, %", "СОУ, %", "Качество школы, %"),
                    cells(format, classes.getRow(1)).subList(0, 6));
            assertEquals(
                    List.of(
                            "5А",
                            String.valueOf(g.pupils.size()),
                            success.replace('.', ','),
                            quality.replace('.', ','),
                            classSou(g),
                            schoolQuality.replace('.', ',')),
                    cells(format, classes.getRow(2)).subList(0, 6));
            assertEquals(
                    List.of("5Б", "1", "100,0", "0,0", "36,0", schoolQuality.replace('.', ',')),
                    cells(format, classes.getRow(3)).subList(0, 6));
            Sheet school = workbook.getSheet("Школа");
            assertEquals(
                    List.of("Школа", String.valueOf(all)),
                    cells(format, school.getRow(2)).subList(0, 2));
            Sheet teachers = workbook.getSheet("Предметы и учителя");
            boolean mathsB = false;
            for (int r = 2; r <= teachers.getLastRowNum(); r++) {
                List<String> row = cells(format, teachers.getRow(r));
                mathsB |= row.subList(1, 6).equals(List.of("Математика", "5Б", "1", "100,0", "0,0"));
            }
            assertTrue(mathsB, "Математика 5Б in the teachers' sheet");
        }
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", "");
        reader.close();
        assertTrue(text.contains("5Б1100,00,036,0"), text);
        assertTrue(text.contains("Предметыиучителя"), text);
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(
                        g.f.classTeacherA(),
                        Fixture.CLASS_TEACHER,
                        () -> reports.schoolReportExcel(schoolId(g), g.q1)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        g.f.otherSchoolDeputy(), Fixture.DEPUTY, () -> reports.schoolReportPdf(schoolId(g), g.q1)));
    }

    private static List<String> cells(DataFormatter format, Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(format.formatCellValue(row.getCell(c)));
        }
        return cells;
    }

    @Test
    @DisplayName("The report card: a parent sees their child's period results, the pupil their own; others are refused")
    void reportCard() throws Exception {
        Generated g = data();
        long child = g.f.studentA();
        ReportCard card = Caller.as(g.f.parentA(), Fixture.PARENT, () -> reports.reportCard(child));

        assertEquals(List.of("1 четверть", "2 четверть", "Учебный год"), card.periods());
        List<String> lines =
                card.lines().stream().map(l -> l.subject() + ":" + l.results()).toList();
        List<String> expected = new ArrayList<>();
        for (String s : g.subjects.keySet()) {
            expected.add(s + ":" + java.util.Arrays.asList(g.result(child, s), null, null));
        }
        assertEquals(expected, lines);
        assertEquals(card, Caller.as(g.f.studentALogin(), Fixture.STUDENT, () -> reports.reportCard(child)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(g.f.parentA(), Fixture.PARENT, () -> reports.reportCard(g.f.studentB())));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(g.f.studentALogin(), Fixture.STUDENT, () -> reports.reportCard(g.pupils.get(1))));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(g.f.classTeacherB(), Fixture.CLASS_TEACHER, () -> reports.reportCard(child)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(g.f.subjectTeacherA(), Fixture.SUBJECT_TEACHER, () -> reports.reportCard(child)));
    }

    private long schoolId(Generated g) {
        return g.f.schoolId();
    }

    private static List<String> names(Generated g, int... indexes) {
        List<String> names = new ArrayList<>();
        for (int i : indexes) {
            names.add(g.names.get(g.pupils.get(i)));
        }
        return names.stream().sorted().toList();
    }

    private static String classSou(Generated g) {
        int points = 0;
        int n = 0;
        for (long p : g.pupils) {
            for (String s : g.subjects.keySet()) {
                if (g.passFail.get(s)) {
                    continue;
                }
                n++;
                points += Generated.points(g.result(p, s));
            }
        }
        return BigDecimal.valueOf(points)
                .divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP)
                .toPlainString()
                .replace('.', ',');
    }

    private Map<String, String> stored(Generated g) {
        Map<Long, String> subjectNames = new HashMap<>();
        g.subjects.forEach((name, id) -> subjectNames.put(id, name));
        Map<String, String> stored = new TreeMap<>();
        tx.call(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT student_id, subject_id, result, from_grade FROM"
                            + " period_result WHERE school_class_id = ?1 AND study_period_id = ?2")
                    .setParameter(1, g.f.classA())
                    .setParameter(2, g.q1)
                    .getResultList();
            for (Object[] r : rows) {
                String key = ((Number) r[0]).longValue() + "|" + subjectNames.get(((Number) r[1]).longValue());
                assertFalse(stored.containsKey(key), "one row per pupil and subject: " + key);
                stored.put(key, r[2] + "|" + r[3]);
            }
            return null;
        });
        return stored;
    }

    private Map<Long, List<Integer>> storedAbsences(Generated g) {
        Map<Long, List<Integer>> sums = new TreeMap<>();
        tx.call(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT student_id, SUM(missed), SUM(missed_ill),"
                            + " SUM(missed_excused), SUM(missed_unexcused), SUM(late) FROM period_result"
                            + " WHERE school_class_id = ?1 AND study_period_id = ?2 GROUP BY student_id")
                    .setParameter(1, g.f.classA())
                    .setParameter(2, g.q1)
                    .getResultList();
            for (Object[] r : rows) {
                List<Integer> v = new ArrayList<>();
                for (int i = 1; i < 6; i++) {
                    v.add(((Number) r[i]).intValue());
                }
                sums.put(((Number) r[0]).longValue(), v);
            }
            return null;
        });
        return sums;
    }

    private static Map<Long, List<Integer>> absenceSums(Generated g) {
        Map<Long, List<Integer>> sums = new TreeMap<>();
        for (long p : g.pupils) {
            int[] a = g.absences.getOrDefault(p, new int[5]);
            sums.put(p, List.of(a[0] + a[1] + a[2] + a[3], a[1], a[2], a[0] + a[3], a[4]));
        }
        return sums;
    }

    /** Two quarters, three subjects (PE pass/fail), ten pupils of class A by {@link #PROFILES}, noise in Q2 and class B. */
    private Generated generate(Random random) throws Exception {
        Generated g = new Generated();
        g.f = schools.create();
        tx.call(em -> {
            SchoolClass classA = em.find(SchoolClass.class, g.f.classA());
            SchoolClass classB = em.find(SchoolClass.class, g.f.classB());
            g.schoolCode = classA.getSchool().getCode();
            AcademicYear year = classA.getAcademicYear();
            int y = year.getStartDate().getYear();
            StudyPeriod q1 = new StudyPeriod(
                    year, "Q1", "1 четверть", StudyPeriodKind.QUARTER, LocalDate.of(y, 9, 1), LocalDate.of(y, 10, 31));
            StudyPeriod q2 = new StudyPeriod(
                    year, "Q2", "2 четверть", StudyPeriodKind.QUARTER, LocalDate.of(y, 11, 5), LocalDate.of(y, 12, 28));
            em.persist(q1);
            em.persist(q2);
            Subject math = em.createQuery("SELECT s FROM Subject s WHERE s.school = :school", Subject.class)
                    .setParameter("school", classA.getSchool())
                    .getSingleResult();
            Subject russian = new Subject(classA.getSchool(), "RUS", "Русский язык");
            Subject pe = new Subject(classA.getSchool(), "PE", "Физкультура");
            pe.setGrading(Grading.PASS_FAIL);
            em.persist(russian);
            em.persist(pe);
            WorkType oral = new WorkType(classA.getSchool(), "ORAL2", "Ответ", 1, false);
            WorkType test = new WorkType(classA.getSchool(), "TEST2", "Контрольная", 2, false);
            em.persist(oral);
            em.persist(test);
            StaffMember teacher = classA.getClassTeacher();
            em.flush();
            g.q1 = q1.getId();
            g.q2 = q2.getId();
            g.subjects.put(math.getName(), math.getId());
            g.subjects.put(russian.getName(), russian.getId());
            g.subjects.put(pe.getName(), pe.getId());
            g.passFail.put(math.getName(), false);
            g.passFail.put(russian.getName(), false);
            g.passFail.put(pe.getName(), true);

            List<Student> pupils = new ArrayList<>();
            // the fixture's own pupil of class A is the first (honour) one
            pupils.add(em.find(Student.class, g.f.studentA()));
            for (int i = 1; i < PROFILES.length; i++) {
                Student s = new Student(
                        classA, "rep-" + i + "-" + g.schoolCode, LAST[i], i % 2 == 0 ? "Иван" : "Анна", null);
                em.persist(s);
                pupils.add(s);
            }
            em.flush();
            Map<String, List<Lesson>> lessons = new HashMap<>();
            for (Subject subject : List.of(math, russian, pe)) {
                List<Lesson> list = new ArrayList<>();
                for (int d = 0; d < 8; d++) {
                    Lesson l = new Lesson(
                            classA,
                            null,
                            subject,
                            teacher,
                            LocalDate.of(y, 9, 8).plusDays(5L * d),
                            1 + lessons.size());
                    em.persist(l);
                    list.add(l);
                }
                lessons.put(subject.getName(), list);
            }
            for (int i = 0; i < pupils.size(); i++) {
                Student s = pupils.get(i);
                long id = s.getId();
                g.pupils.add(id);
                g.names.put(id, s.getLastName() + " " + s.getFirstName());
                for (int k = 0; k < 2; k++) {
                    Subject subject = k == 0 ? math : russian;
                    int target = PROFILES[i][k];
                    List<Lesson> list = lessons.get(subject.getName());
                    int count = target < 0 ? 2 : 4;
                    for (int m = 0; m < count; m++) {
                        int value = target < 0
                                ? 4 + m % 2
                                : m < 3 ? target : Math.max(2, Math.min(5, target + random.nextInt(3) - 1));
                        WorkType type = m == 3 && random.nextBoolean() ? test : oral;
                        Mark mark = new Mark(list.get(m), s, String.valueOf(value), type, "it", Instant.now());
                        mark.setWeight(type.getWeight());
                        em.persist(mark);
                        g.marks
                                .computeIfAbsent(id + "|" + subject.getName(), x -> new ArrayList<>())
                                .add(new int[] {value, type.getWeight()});
                    }
                    // absences at the lessons without marks
                    for (int m = 4; m < 8; m++) {
                        if (random.nextInt(3) == 0) {
                            AbsenceCode code = AbsenceCode.values()[random.nextInt(5)];
                            em.persist(new Absence(list.get(m), s, code, "it", Instant.now()));
                            g.absences
                                    .computeIfAbsent(id, x -> new int[5])[
                                    List.of("N", "B", "U", "P", "OP").indexOf(code.name())]++;
                        }
                    }
                }
                String peGrade = i == FAILS_PE ? "НЕЗАЧ" : "ЗАЧ";
                em.persist(new PeriodGrade(s, pe, q1, PeriodGradeKind.PERIOD, peGrade, "it", Instant.now()));
                g.grades.put(id + "|" + pe.getName(), peGrade);
                if (i == GRADE_OVERRIDE) {
                    for (Subject subject : List.of(math, russian)) {
                        em.persist(new PeriodGrade(s, subject, q1, PeriodGradeKind.PERIOD, "5", "it", Instant.now()));
                        g.grades.put(id + "|" + subject.getName(), "5");
                    }
                }
                // Q2 «2»s do not count in Q1
                Lesson later = new Lesson(
                        classA, null, math, teacher, LocalDate.of(y, 11, 10).plusDays(i), 1);
                em.persist(later);
                em.persist(new Mark(later, s, "2", oral, "it", Instant.now()));
            }
            // class B's pupil: three «3»s in Q1, on class B's sheet only
            Student other = em.find(Student.class, g.f.studentB());
            for (int d = 0; d < 3; d++) {
                Lesson l = new Lesson(
                        classB, null, math, teacher, LocalDate.of(y, 9, 9).plusDays(d), 1);
                em.persist(l);
                em.persist(new Mark(l, other, "3", oral, "it", Instant.now()));
            }
            return null;
        });
        // a pupil who leaves and one who arrives within Q1, through the movement workflow
        int y = tx.call(em -> em.find(SchoolClass.class, g.f.classA())
                .getAcademicYear()
                .getStartDate()
                .getYear());
        long leaving = tx.call(em -> {
            Student s = new Student(
                    em.find(SchoolClass.class, g.f.classA()), "rep-out-" + g.schoolCode, "Яковлев", "Олег", null);
            em.persist(s);
            em.flush();
            return s.getId();
        });
        g.departedOn = LocalDate.of(y, 10, 1);
        g.arrivedOn = LocalDate.of(y, 10, 5);
        Caller.run(g.f.admin(), Fixture.ADMIN, () -> {
            MovementRow out = movements.fileDeparture(leaving, new DepartureData(g.departedOn, "Школа № 5", null));
            movements.execute(out.id(), "12-у");
        });
        long arrived = Caller.as(g.f.admin(), Fixture.ADMIN, () -> {
            MovementRow in = movements.fileArrival(
                    g.f.classA(),
                    new ArrivalData(
                            "Новиков",
                            "Пётр",
                            null,
                            LocalDate.of(y - 11, 3, 1),
                            Gender.M,
                            g.arrivedOn,
                            "Школа № 7",
                            null));
            return movements.execute(in.id(), "15-у");
        });
        g.arrived = arrived;
        g.pupils.add(arrived);
        g.names.put(arrived, "Новиков Пётр");
        // class B: one pupil with three «3» in mathematics
        g.classB.put(g.f.studentB(), "3");
        lastYear(g, random, y);
        return g;
    }

    /**
     * The previous school year: its Q1 and class 4А with the first ten pupils (this year's 5А); their results
     * there written directly as period-analytics would have (running a whole past year through the services
     * would be slow), drawn at random, so the comparison has figures of its own.
     */
    private void lastYear(Generated g, Random random, int y) {
        String[] pool = {"5", "5", "4", "4", "4", "3", "3", "2", "НА"};
        tx.call(em -> {
            SchoolClass classA = em.find(SchoolClass.class, g.f.classA());
            AcademicYear previous = new AcademicYear(
                    classA.getSchool(), (y - 1) + "/" + y, LocalDate.of(y - 1, 9, 1), LocalDate.of(y, 5, 31));
            em.persist(previous);
            StudyPeriod q1 = new StudyPeriod(
                    previous,
                    "Q1",
                    "1 четверть",
                    StudyPeriodKind.QUARTER,
                    LocalDate.of(y - 1, 9, 1),
                    LocalDate.of(y - 1, 10, 31));
            em.persist(q1);
            SchoolClass fourA = new SchoolClass(previous, 4, "А");
            em.persist(fourA);
            em.flush();
            g.lastYearQ1 = q1.getId();
            g.lastYearName = previous.getName();
            for (int i = 0; i < PROFILES.length; i++) {
                long pupil = g.pupils.get(i);
                for (String subject : g.subjects.keySet()) {
                    String result = g.passFail.get(subject)
                            ? (random.nextInt(6) == 0 ? "НЕЗАЧ" : "ЗАЧ")
                            : pool[random.nextInt(pool.length)];
                    g.lastYear.put(pupil + "|" + subject, result);
                    em.createNativeQuery("INSERT INTO period_result (id, school_id, school_class_id, student_id,"
                                    + " subject_id, study_period_id, result, from_grade, marks, missed, missed_ill,"
                                    + " missed_excused, missed_unexcused, late, computed_at)"
                                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, FALSE, 3, 0, 0, 0, 0, 0, ?8)")
                            .setParameter(1, -(pupil * 1000 + new ArrayList<>(g.subjects.keySet()).indexOf(subject)))
                            .setParameter(2, g.f.schoolId())
                            .setParameter(3, fourA.getId())
                            .setParameter(4, pupil)
                            .setParameter(5, g.subjects.get(subject))
                            .setParameter(6, q1.getId())
                            .setParameter(7, result)
                            .setParameter(8, java.sql.Timestamp.from(Instant.now()))
                            .executeUpdate();
                }
            }
            return null;
        });
    }
}
