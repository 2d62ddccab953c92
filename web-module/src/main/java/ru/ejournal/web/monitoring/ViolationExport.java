package ru.ejournal.web.monitoring;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.ejournal.common.control.PdfFonts;
import ru.ejournal.monitoring.boundary.ViolationRow;

/**
 * The violation list as an Excel workbook (Apache POI) or a PDF table (OpenPDF) in the journal's
 * Cyrillic font ({@link PdfFonts}).
 */
final class ViolationExport {

    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.systemDefault());

    private final ResourceBundle texts;
    private final List<Column> columns;

    private record Column(String key, Function<ViolationRow, String> value, float width) {}

    ViolationExport(ResourceBundle texts) {
        this.texts = texts;
        this.columns = List.of(
                new Column("col.rule", r -> texts.getString("rule." + r.rule().name()), 3f),
                new Column(
                        "col.severity",
                        r -> texts.getString("severity." + r.severity().name()),
                        1.6f),
                new Column("col.teacher", r -> nz(r.teacherName()), 2.2f),
                new Column("col.class", r -> nz(r.group()), 2.2f),
                new Column("col.subject", r -> nz(r.subjectName()), 2f),
                new Column("col.object", ViolationRow::object, 3f),
                new Column("col.arisen", r -> DAY_TIME.format(r.arisenAt()), 1.8f),
                new Column("col.closed", r -> r.closedAt() == null ? "" : DAY_TIME.format(r.closedAt()), 1.8f));
    }

    byte[] excel(List<ViolationRow> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(texts.getString("export.sheet"));
            CellStyle bold = book.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(texts.getString(columns.get(c).key()));
                header.getCell(c).setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < columns.size(); c++) {
                    row.createCell(c).setCellValue(columns.get(c).value().apply(rows.get(r)));
                }
            }
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, (int) (columns.get(c).width() * 8 * 256));
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, rows.size(), 0, columns.size() - 1));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] pdf(List<ViolationRow> rows, String title) {
        BaseFont base = PdfFonts.regular();
        Font regular = new Font(base, 8);
        Font bold = new Font(base, 8, Font.BOLD);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        try {
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph(title, new Font(base, 12, Font.BOLD)));
            document.add(new Paragraph(" ", regular));
            float[] widths = new float[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                widths[c] = columns.get(c).width();
            }
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (Column column : columns) {
                PdfPCell cell = new PdfPCell(new Phrase(texts.getString(column.key()), bold));
                cell.setGrayFill(0.9f);
                table.addCell(cell);
            }
            for (ViolationRow row : rows) {
                for (Column column : columns) {
                    table.addCell(new Phrase(column.value().apply(row), regular));
                }
            }
            document.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
