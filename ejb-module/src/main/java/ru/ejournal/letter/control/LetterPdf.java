package ru.ejournal.letter.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.RoundingMode;
import ru.ejournal.common.control.PdfFonts;
import ru.ejournal.common.control.Texts;
import ru.ejournal.letter.boundary.LetterData;

/**
 * Renders the information letter as an A4 PDF, one page per student, in Russian, in the journal's
 * Cyrillic font ({@link PdfFonts}).
 */
public final class LetterPdf {

    private final BaseFont regular;
    private final BaseFont heavy;
    private final Font normal;
    private final Font bold;
    private final Font title;
    private final Font small;

    public LetterPdf() {
        regular = PdfFonts.regular();
        heavy = PdfFonts.bold();
        normal = new Font(regular, 10);
        bold = new Font(heavy, 10);
        title = new Font(heavy, 14);
        small = new Font(regular, 8, Font.NORMAL, Color.DARK_GRAY);
    }

    /** The Cyrillic regular font, for other PDFs of the journal. */
    public BaseFont regular() {
        return regular;
    }

    /** The Cyrillic bold font. */
    public BaseFont heavy() {
        return heavy;
    }

    public byte[] render(LetterData data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 42, 42, 42);
        PdfWriter.getInstance(document, out);
        document.addTitle(Texts.text("letter.pdf.title", data.periodTitle()));
        document.open();
        boolean first = true;
        for (LetterData.StudentLetter student : data.students()) {
            if (!first) {
                document.newPage();
            }
            first = false;
            page(document, data, student);
        }
        if (data.students().isEmpty()) {
            document.add(new Paragraph(Texts.text("letter.pdf.noPupils"), normal));
        }
        document.close();
        return out.toByteArray();
    }

    private void page(Document document, LetterData data, LetterData.StudentLetter student) {
        Paragraph school = new Paragraph(data.schoolName(), bold);
        school.setAlignment(Element.ALIGN_CENTER);
        document.add(school);
        if (data.schoolAddress() != null) {
            Paragraph address = new Paragraph(data.schoolAddress(), small);
            address.setAlignment(Element.ALIGN_CENTER);
            document.add(address);
        }
        Paragraph heading = new Paragraph(Texts.text("letter.pdf.heading"), title);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingBefore(18);
        document.add(heading);
        Paragraph span = new Paragraph(Texts.text("letter.pdf.span", data.periodTitle()), bold);
        span.setAlignment(Element.ALIGN_CENTER);
        span.setSpacingAfter(12);
        document.add(span);

        document.add(new Paragraph(Texts.text("letter.pdf.greeting"), normal));
        Paragraph intro = new Paragraph();
        intro.setFont(normal);
        intro.add(new Chunk(Texts.text("letter.pdf.intro"), normal));
        intro.add(new Chunk(student.name(), bold));
        intro.add(new Chunk(Texts.text("letter.pdf.introEnd", data.className(), data.periodTitle()), normal));
        intro.setSpacingAfter(10);
        document.add(intro);

        PdfPTable table = new PdfPTable(data.withGrades() ? new float[] {34, 38, 14, 14} : new float[] {34, 52, 14});
        table.setWidthPercentage(100);
        header(table, Texts.text("letter.pdf.subject"));
        header(table, Texts.text("letter.pdf.marks"));
        header(table, Texts.text("letter.pdf.average"));
        if (data.withGrades()) {
            header(table, Texts.text("letter.pdf.grade"));
        }
        for (LetterData.SubjectRow row : student.subjects()) {
            cell(table, row.subject(), Element.ALIGN_LEFT);
            cell(table, row.marks(), Element.ALIGN_LEFT);
            cell(
                    table,
                    row.average() == null
                            ? "—"
                            : row.average()
                                    .setScale(2, RoundingMode.HALF_UP)
                                    .toPlainString()
                                    .replace('.', ','),
                    Element.ALIGN_CENTER);
            if (data.withGrades()) {
                cell(
                        table,
                        row.grade() == null ? "—" : row.grade() + (row.proposed() ? Texts.text("letter.proposed") : ""),
                        Element.ALIGN_CENTER);
            }
        }
        document.add(table);

        LetterData.Absences a = student.absences();
        Paragraph absences = new Paragraph(
                Texts.text(
                        "letter.pdf.absences",
                        a.missed(),
                        a.ill(),
                        a.excused(),
                        a.unexcused(),
                        a.unexplained(),
                        a.late()),
                normal);
        absences.setSpacingBefore(10);
        document.add(absences);
        if (data.withGrades()) {
            document.add(new Paragraph(Texts.text("letter.pdf.proposedNote"), small));
        }

        Paragraph comment = new Paragraph();
        comment.setSpacingBefore(12);
        comment.add(new Chunk(Texts.text("letter.pdf.comment"), bold));
        comment.add(new Chunk(
                data.comment() == null || data.comment().isBlank()
                        ? "________________________________________________________________"
                        : data.comment(),
                normal));
        document.add(comment);

        Paragraph teacher = new Paragraph(Texts.text("letter.pdf.classTeacher", data.classTeacher()), normal);
        teacher.setSpacingBefore(18);
        document.add(teacher);
        Paragraph signature = new Paragraph(Texts.text("letter.pdf.signature"), normal);
        signature.setSpacingBefore(18);
        document.add(signature);
        Paragraph hint = new Paragraph(Texts.text("letter.pdf.signatureHint"), small);
        hint.setIndentationLeft(160);
        document.add(hint);
    }

    private void header(PdfPTable table, String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, bold));
        cell.setBackgroundColor(new Color(235, 239, 244));
        cell.setPadding(4);
        table.addCell(cell);
    }

    private void cell(PdfPTable table, String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, normal));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        table.addCell(cell);
    }
}
