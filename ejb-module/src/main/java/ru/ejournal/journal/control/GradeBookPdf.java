package ru.ejournal.journal.control;

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
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import ru.ejournal.common.control.PdfFonts;
import ru.ejournal.common.control.Texts;
import ru.ejournal.journal.boundary.GradeBook;
import ru.ejournal.journal.entity.MarkValue;

/** The journal grid as a landscape A4 PDF for printing: students × lessons, average, proposed and period grade. */
public final class GradeBookPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");

    private GradeBookPdf() {}

    public static byte[] render(GradeBook book) {
        Font normal = new Font(PdfFonts.regular(), 6);
        Font bold = new Font(PdfFonts.bold(), 6);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 20, 20, 20, 20);
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(
                Texts.text("journal.pdf.title", book.title(), book.periodName()), new Font(PdfFonts.bold(), 10)));
        int columns = book.lessons().size() + 4;
        float[] widths = new float[columns];
        widths[0] = 9;
        for (int i = 1; i < columns; i++) {
            widths[i] = 1.6f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        cell(table, Texts.text("journal.pdf.student"), bold, true);
        book.lessons()
                .forEach(l -> cell(
                        table,
                        l.date().format(DAY) + "\n"
                                + (l.cancelled() ? Texts.text("journal.pdf.cancelled") : l.periodNo()),
                        bold,
                        true));
        cell(table, Texts.text("journal.pdf.average"), bold, true);
        cell(table, Texts.text("journal.pdf.proposed"), bold, true);
        cell(table, Texts.text("journal.pdf.grade"), bold, true);
        for (GradeBook.Row row : book.rows()) {
            cell(table, row.name() + (row.departed() ? Texts.text("journal.pdf.departed") : ""), normal, false);
            book.lessons().forEach(l -> cell(table, row.cell(l.id()).text(), normal, false));
            cell(
                    table,
                    row.summary().average() == null
                            ? ""
                            : row.summary()
                                    .average()
                                    .setScale(2, RoundingMode.HALF_UP)
                                    .toPlainString()
                                    .replace('.', ','),
                    normal,
                    false);
            cell(
                    table,
                    row.summary().proposed() == null
                            ? ""
                            : MarkValue.display(row.summary().proposed()),
                    normal,
                    false);
            cell(table, row.periodGrade() == null ? "" : row.periodGrade(), bold, false);
        }
        document.add(table);
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
}
