package ru.ejournal.common.control;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;

/** The page and cell set-up the journal's tabular PDFs share, so that they print alike. */
public final class PdfPages {

    /** The background of a table's header cells. */
    public static final Color HEADER_BACKGROUND = new Color(235, 239, 244);

    private PdfPages() {}

    /** A landscape A4 document writing to {@code out}, open, with the same margin on every side. */
    public static Document landscape(OutputStream out, float margin) {
        Document document = new Document(PageSize.A4.rotate(), margin, margin, margin, margin);
        PdfWriter.getInstance(document, out);
        document.open();
        return document;
    }

    /** Adds a centred cell of a dense table; a header cell has the header background. */
    public static void centred(PdfPTable table, String text, Font font, boolean header) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setPadding(1.5f);
        if (header) {
            cell.setBackgroundColor(HEADER_BACKGROUND);
        }
        table.addCell(cell);
    }
}
