package ru.ejournal.reports.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.ejournal.common.control.ExcelRows;
import ru.ejournal.common.control.PdfFonts;
import ru.ejournal.common.control.PdfPages;

/**
 * A report made of titled tables of text, written as Excel (one sheet a table, the title on each) and as PDF
 * (the tables one under another, landscape A4), so that both files show the same cells as the screen.
 */
public final class ReportTables {

    /** One table: its name (the sheet's, the heading's), its header and its rows (cells as printed). */
    public record Table(String name, List<String> header, List<List<String>> rows) {}

    private ReportTables() {}

    public static byte[] excel(String title, List<Table> tables) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = ExcelRows.bold(workbook);
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(table.name());
                Cell heading = sheet.createRow(0).createCell(0);
                heading.setCellValue(title + " — " + table.name());
                heading.setCellStyle(bold);
                ExcelRows.write(sheet.createRow(1), table.header(), bold);
                int r = 2;
                for (List<String> row : table.rows()) {
                    ExcelRows.write(sheet.createRow(r++), row, null);
                }
                for (int i = 0; i < table.header().size(); i++) {
                    sheet.setColumnWidth(i, (i == 0 ? 34 : 18) * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdf(String title, List<Table> tables) {
        Font normal = new Font(PdfFonts.regular(), 8);
        Font bold = new Font(PdfFonts.bold(), 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = PdfPages.landscape(out, 28);
        document.add(new Paragraph(title, new Font(PdfFonts.bold(), 11)));
        for (Table t : tables) {
            Paragraph heading = new Paragraph(t.name(), new Font(PdfFonts.bold(), 10));
            heading.setSpacingBefore(10);
            document.add(heading);
            PdfPTable table = new PdfPTable(t.header().size());
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            table.setHeaderRows(1);
            for (String h : t.header()) {
                PdfPCell cell = new PdfPCell(new Phrase(h, bold));
                cell.setBackgroundColor(PdfPages.HEADER_BACKGROUND);
                cell.setPadding(2);
                table.addCell(cell);
            }
            for (List<String> row : t.rows()) {
                for (int i = 0; i < t.header().size(); i++) {
                    PdfPCell cell = new PdfPCell(new Phrase(i < row.size() ? row.get(i) : "", normal));
                    cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_CENTER);
                    cell.setPadding(2);
                    table.addCell(cell);
                }
            }
            document.add(table);
        }
        document.close();
        return out.toByteArray();
    }
}
