package ru.ejournal.credentials.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.PdfFonts;
import ru.ejournal.common.control.Texts;
import ru.ejournal.credentials.boundary.IssuedCredential;

/**
 * Credential slips as a PDF: one slip per person, several to an A4 page, separated by cut lines.
 * The Cyrillic font is the journal's ({@link PdfFonts}).
 */
@ApplicationScoped
public class CredentialSlips {

    public byte[] render(String schoolName, String address, List<IssuedCredential> credentials) {
        if (credentials == null || credentials.isEmpty()) {
            throw new BusinessException("credentials.slips.none");
        }
        try {
            BaseFont base = PdfFonts.regular();
            Font small = new Font(base, 9, Font.NORMAL, Color.DARK_GRAY);
            Font normal = new Font(base, 11);
            Font bold = new Font(base, 12, Font.BOLD);
            Font mono = new Font(base, 14, Font.BOLD);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 36, 36, 36, 36);
            PdfWriter.getInstance(document, out);
            document.addTitle(Texts.text("credentials.slip.title"));
            document.open();
            for (IssuedCredential c : credentials) {
                PdfPTable slip = new PdfPTable(1);
                slip.setWidthPercentage(100);
                slip.setKeepTogether(true);
                PdfPCell cell = new PdfPCell();
                cell.setBorder(PdfPCell.NO_BORDER);
                cell.setPadding(8);
                cell.addElement(new Paragraph(Texts.text("credentials.slip.heading", schoolName), small));
                cell.addElement(new Paragraph(c.fullName() + " (" + c.roleTitle() + ")", bold));
                if (c.note() != null && !c.note().isBlank()) {
                    cell.addElement(new Paragraph(c.note(), normal));
                }
                Paragraph login = new Paragraph();
                login.add(new Chunk(Texts.text("credentials.slip.login") + " ", normal));
                login.add(new Chunk(c.login(), mono));
                login.add(new Chunk("     " + Texts.text("credentials.slip.password") + " ", normal));
                login.add(new Chunk(c.password(), mono));
                login.setSpacingBefore(4);
                cell.addElement(login);
                cell.addElement(new Paragraph(Texts.text("credentials.slip.howTo", address), small));
                slip.addCell(cell);
                document.add(slip);
                Paragraph cut = new Paragraph(new Chunk(new DottedLineSeparator()));
                cut.add(new Phrase(" " + Texts.text("credentials.slip.cutLine") + " ", small));
                cut.setAlignment(Element.ALIGN_CENTER);
                cut.setSpacingAfter(6);
                document.add(cut);
            }
            document.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not create the PDF of credential slips", e);
        }
    }
}
