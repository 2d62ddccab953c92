package ru.ejournal.reports.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.ejournal.common.control.PdfFonts;
import ru.ejournal.common.control.Texts;
import ru.ejournal.reports.boundary.ClassTeacherReport;

/**
 * The class teacher's report as files, both with the same cells, at most four a row: the title; pupils at
 * the start and end of the period and each arrival and departure with its order; the lists of standings;
 * the failing and the not-assessed pupils with their subjects; the class's success, quality and СОУ with
 * the change against the previous period and the same period of the previous year; each pupil's lessons
 * missed.
 */
public final class ClassTeacherReportFiles {

    public static final int COLUMNS = 4;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String NONE = "—";

    private ClassTeacherReportFiles() {}

    public static String title(ClassTeacherReport report) {
        return Texts.text("reports.classTeacher.title", report.className(), report.periodName());
    }

    /** The rows under the title in Russian, the files' language. */
    public static List<List<String>> rows(ClassTeacherReport r) {
        return rows(r, Texts.RUSSIAN);
    }

    /** The rows under the title, as text (decimals with a comma, «—» for an empty list or a missing figure). */
    public static List<List<String>> rows(ClassTeacherReport r, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(Texts.text(locale, "reports.pupilsAtStart"), String.valueOf(r.pupilsAtStart())));
        rows.add(List.of(Texts.text(locale, "reports.pupilsAtEnd"), String.valueOf(r.pupilsAtEnd())));
        r.arrivals().forEach(m -> rows.add(movement(locale, "reports.arrived", m)));
        r.departures().forEach(m -> rows.add(movement(locale, "reports.departed", m)));
        rows.add(List.of(Texts.text(locale, "reports.honour"), names(r.honour())));
        rows.add(List.of(Texts.text(locale, "reports.good"), names(r.good())));
        rows.add(List.of(Texts.text(locale, "reports.singleFour"), names(r.singleFour())));
        rows.add(List.of(Texts.text(locale, "reports.singleThree"), names(r.singleThree())));
        listed(rows, Texts.text(locale, "reports.failing"), r.failing());
        listed(rows, Texts.text(locale, "reports.notAssessed"), r.notAssessed());
        rows.add(figuresHeader(r, locale));
        rows.add(figure(Texts.text(locale, "reports.successRate"), r, ReportRules.Tally::successRate));
        rows.add(figure(Texts.text(locale, "reports.qualityRate"), r, ReportRules.Tally::qualityRate));
        rows.add(figure(Texts.text(locale, "reports.souRate"), r, ReportRules.Tally::sou));
        rows.add(attendanceHeader(locale));
        r.attendance()
                .forEach(a -> rows.add(List.of(
                        a.name(), String.valueOf(a.missed()), String.valueOf(a.missedIll()), number(a.illShare()))));
        return rows;
    }

    /** The header of the figures in Russian. */
    public static List<String> figuresHeader(ClassTeacherReport r) {
        return figuresHeader(r, Texts.RUSSIAN);
    }

    /** The header of the figures: the value and the two comparisons (named, or «нет данных»). */
    public static List<String> figuresHeader(ClassTeacherReport r, Locale locale) {
        return List.of(
                Texts.text(locale, "reports.figure"),
                Texts.text(locale, "reports.value"),
                r.previousPeriod() == null
                        ? Texts.text(locale, "reports.against.previous.none")
                        : Texts.text(
                                locale,
                                "reports.against.period",
                                r.previousPeriod().periodName()),
                r.lastYear() == null
                        ? Texts.text(locale, "reports.against.lastYear.none")
                        : Texts.text(
                                locale,
                                "reports.against.lastYearPeriod",
                                r.lastYear().periodName(),
                                r.lastYear().className()));
    }

    public static List<String> attendanceHeader() {
        return attendanceHeader(Texts.RUSSIAN);
    }

    public static List<String> attendanceHeader(Locale locale) {
        return List.of(
                Texts.text(locale, "reports.pupil"),
                Texts.text(locale, "reports.missed"),
                Texts.text(locale, "reports.missedIll"),
                Texts.text(locale, "reports.illShare"));
    }

    private static List<String> figure(
            String name, ClassTeacherReport r, Function<ReportRules.Tally, BigDecimal> figure) {
        BigDecimal now = figure.apply(r.figures());
        return List.of(
                name,
                number(now),
                r.previousPeriod() == null
                        ? ""
                        : Changes.text(now, figure.apply(r.previousPeriod().figures())),
                r.lastYear() == null
                        ? ""
                        : Changes.text(now, figure.apply(r.lastYear().figures())));
    }

    private static List<String> movement(Locale locale, String kind, ClassTeacherReport.Movement m) {
        return List.of(
                Texts.text(locale, kind),
                m.name(),
                m.date() == null ? "" : m.date().format(DAY),
                Texts.text(locale, "reports.order", String.valueOf(m.orderNumber())));
    }

    private static void listed(List<List<String>> rows, String label, List<ClassTeacherReport.Listed> pupils) {
        if (pupils.isEmpty()) {
            rows.add(List.of(label, NONE));
        }
        for (ClassTeacherReport.Listed l : pupils) {
            List<String> row = new ArrayList<>(List.of(label, l.name(), String.join(", ", l.subjects())));
            if (l.reason() != null) {
                row.add(l.reason());
            }
            rows.add(row);
        }
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? NONE : String.join(", ", names);
    }

    static String number(BigDecimal value) {
        return value == null ? NONE : value.toPlainString().replace('.', ',');
    }

    public static byte[] excel(ClassTeacherReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = workbook.createSheet(Texts.text("reports.classTeacher.sheet"));
            CellStyle bold = workbook.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            org.apache.poi.ss.usermodel.Cell title = s.createRow(r++).createCell(0);
            title.setCellValue(title(report));
            title.setCellStyle(bold);
            List<String> figuresHeader = figuresHeader(report);
            for (List<String> row : rows(report)) {
                boolean header = row.equals(figuresHeader) || row.equals(attendanceHeader());
                Row line = s.createRow(r++);
                for (int i = 0; i < row.size(); i++) {
                    org.apache.poi.ss.usermodel.Cell cell = line.createCell(i);
                    cell.setCellValue(row.get(i));
                    if (header || i == 0) {
                        cell.setCellStyle(bold);
                    }
                }
            }
            s.setColumnWidth(0, 30 * 256);
            s.setColumnWidth(1, 40 * 256);
            s.setColumnWidth(2, 30 * 256);
            s.setColumnWidth(3, 36 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdf(ClassTeacherReport report) {
        Font normal = new Font(PdfFonts.regular(), 8);
        Font bold = new Font(PdfFonts.bold(), 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(title(report), new Font(PdfFonts.bold(), 11)));
        PdfPTable table = new PdfPTable(new float[] {3, 4, 3, 3.6f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        List<String> figuresHeader = figuresHeader(report);
        for (List<String> row : rows(report)) {
            boolean header = row.equals(figuresHeader) || row.equals(attendanceHeader());
            for (int i = 0; i < COLUMNS; i++) {
                PdfPCell cell =
                        new PdfPCell(new Phrase(i < row.size() ? row.get(i) : "", header || i == 0 ? bold : normal));
                cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
                cell.setPadding(2);
                if (header) {
                    cell.setBackgroundColor(new Color(235, 239, 244));
                }
                table.addCell(cell);
            }
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }
}
