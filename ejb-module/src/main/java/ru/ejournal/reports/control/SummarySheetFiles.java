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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.ejournal.common.control.PdfFonts;
import ru.ejournal.common.control.Texts;
import ru.ejournal.journal.entity.MarkValue;
import ru.ejournal.reports.boundary.SummarySheet;

/**
 * The summary sheet as files, both with the same cells: a title row; the header (№, ученик, the subjects,
 * средний балл, the five absence counts); a row per pupil; the rows «Успеваемость, %», «Качество, %»,
 * «СОУ, %» under the subjects; then the class's figures and the pupils with no result.
 */
public final class SummarySheetFiles {

    /** The header's cells after the subjects. */
    private static final List<String> TAIL = List.of(
            "reports.average", "reports.missed", "reports.ill", "reports.excused", "reports.unexcused", "reports.late");
    /** The totals rows: 0 success, 1 quality, 2 СОУ. */
    private static final List<String> TOTALS = List.of("reports.success", "reports.quality", "reports.sou");

    private SummarySheetFiles() {}

    public static String title(SummarySheet sheet) {
        return Texts.text("reports.summary.title", sheet.className(), sheet.periodName());
    }

    /** The header row's cells. */
    public static List<String> header(SummarySheet sheet) {
        List<String> cells =
                new ArrayList<>(List.of(Texts.text("reports.summary.number"), Texts.text("reports.pupil")));
        sheet.subjects().forEach(s -> cells.add(s.name()));
        TAIL.forEach(key -> cells.add(Texts.text(key)));
        return cells;
    }

    /** The cells of a pupil's row as text (results as the journal shows them, decimals with a comma). */
    public static List<String> pupilRow(int index, SummarySheet.Pupil p) {
        List<String> cells = new ArrayList<>(List.of(String.valueOf(index + 1), p.name()));
        p.results().forEach(r -> cells.add(r == null ? "" : MarkValue.display(r)));
        cells.add(p.average() == null ? "" : text(p.average()));
        cells.add(String.valueOf(p.missed()));
        cells.add(String.valueOf(p.missedIll()));
        cells.add(String.valueOf(p.missedExcused()));
        cells.add(String.valueOf(p.missedUnexcused()));
        cells.add(String.valueOf(p.late()));
        return cells;
    }

    /** The cells of a totals row (0 success, 1 quality, 2 СОУ) under the subjects. */
    public static List<String> totalsRow(SummarySheet sheet, int kind) {
        List<String> cells = new ArrayList<>(List.of("", Texts.text(TOTALS.get(kind))));
        for (int i = 0; i < sheet.subjects().size(); i++) {
            ReportRules.Tally t = sheet.subjectTotals().get(i);
            boolean passFail = sheet.subjects().get(i).passFail();
            BigDecimal value = switch (kind) {
                case 0 -> t.successRate();
                case 1 -> passFail ? null : t.qualityRate();
                default -> passFail ? null : t.sou();
            };
            cells.add(value == null ? "" : text(value));
        }
        return cells;
    }

    /** The class's figures in one line. */
    public static String classLine(SummarySheet sheet) {
        return classLine(sheet, Texts.RUSSIAN);
    }

    /** The class's figures in one line in {@code locale}. */
    public static String classLine(SummarySheet sheet, Locale locale) {
        ReportRules.Tally t = sheet.classTotal();
        return Texts.text(
                locale,
                "reports.summary.classLine",
                t.count(),
                percent(t.successRate()),
                percent(t.qualityRate()),
                percent(t.sou()));
    }

    public static String withoutResultLine(SummarySheet sheet) {
        return Texts.text(
                "reports.summary.withoutResult",
                sheet.withoutResult().isEmpty()
                        ? Texts.text("reports.summary.none")
                        : String.join("; ", sheet.withoutResult()));
    }

    public static byte[] excel(SummarySheet sheet) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = workbook.createSheet(Texts.text("reports.summary.sheet"));
            CellStyle bold = workbook.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            s.createRow(r++).createCell(0).setCellValue(title(sheet));
            write(s.createRow(r++), header(sheet), bold);
            for (int i = 0; i < sheet.pupils().size(); i++) {
                write(s.createRow(r++), pupilRow(i, sheet.pupils().get(i)), null);
            }
            for (int kind = 0; kind < TOTALS.size(); kind++) {
                write(s.createRow(r++), totalsRow(sheet, kind), bold);
            }
            s.createRow(r++).createCell(0).setCellValue(classLine(sheet));
            s.createRow(r).createCell(0).setCellValue(withoutResultLine(sheet));
            s.setColumnWidth(1, 32 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells, CellStyle style) {
        for (int i = 0; i < cells.size(); i++) {
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(i);
            cell.setCellValue(cells.get(i));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    public static byte[] pdf(SummarySheet sheet) {
        Font normal = new Font(PdfFonts.regular(), 7);
        Font bold = new Font(PdfFonts.bold(), 7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 20, 20, 20, 20);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(title(sheet), new Font(PdfFonts.bold(), 11)));
        List<String> header = header(sheet);
        float[] widths = new float[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i == 1 ? 8 : i == 0 ? 1.2f : 2.4f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(6);
        header.forEach(h -> cell(table, h, bold, true));
        for (int i = 0; i < sheet.pupils().size(); i++) {
            pupilRow(i, sheet.pupils().get(i)).forEach(c -> cell(table, c, normal, false));
        }
        for (int kind = 0; kind < TOTALS.size(); kind++) {
            List<String> cells = totalsRow(sheet, kind);
            cells.forEach(c -> cell(table, c, bold, false));
            for (int i = cells.size(); i < header.size(); i++) {
                cell(table, "", normal, false);
            }
        }
        document.add(table);
        document.add(new Paragraph(classLine(sheet), new Font(PdfFonts.regular(), 9)));
        document.add(new Paragraph(withoutResultLine(sheet), new Font(PdfFonts.regular(), 9)));
        document.close();
        return out.toByteArray();
    }

    private static void cell(PdfPTable table, String text, Font font, boolean header) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setPadding(1.5f);
        if (header) {
            cell.setBackgroundColor(new Color(235, 239, 244));
        }
        table.addCell(cell);
    }

    static String text(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    static String percent(BigDecimal value) {
        return value == null ? "—" : text(value) + " %";
    }
}
