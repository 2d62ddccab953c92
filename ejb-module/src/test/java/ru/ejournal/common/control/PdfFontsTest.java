package ru.ejournal.common.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PdfFontsTest {

    @AfterEach
    void clearOverride() {
        System.clearProperty(PdfFonts.REGULAR_SETTING);
    }

    @Test
    @DisplayName("the bundled regular and bold fonts have Cyrillic glyphs, read from the application, not the system")
    void bundledFontsHaveCyrillic() {
        BaseFont regular = PdfFonts.load("ejournal.test.no.such.setting", PdfFonts.REGULAR_FILE);

        assertEquals("DejaVuSans", regular.getPostscriptFontName());
        for (char c : "АБВЖЩЫЭЮЯабвжщыэюяЁё№".toCharArray()) {
            assertTrue(regular.charExists(c), "glyph " + c);
        }
        assertTrue(PdfFonts.bold().charExists('Ж'));
        assertTrue(PdfFonts.regular().charExists('ж'));
    }

    @Test
    @DisplayName("a PDF in the font embeds it and its Cyrillic text")
    void embedsTheFont() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Информационное письмо", new Font(PdfFonts.regular(), 10)));
        document.close();

        String pdf = out.toString(StandardCharsets.ISO_8859_1);
        assertTrue(pdf.startsWith("%PDF"));
        assertTrue(pdf.contains("DejaVuSans"), "the font is embedded");
    }

    @Test
    @DisplayName("the font as a file (for PrimeFaces' export) is a copy of the bundled one")
    void fontAsFile() throws Exception {
        Path file = PdfFonts.regularFile();

        assertTrue(Files.isReadable(file));
        assertFalse(file.startsWith("/usr/share/fonts"));
        assertTrue(Files.size(file) > 100_000);
    }

    @Test
    @DisplayName("ejournal.pdf.font names another file; a missing one is refused with its name")
    void override() {
        System.setProperty(PdfFonts.REGULAR_SETTING, PdfFonts.regularFile().toString());
        assertTrue(
                PdfFonts.load(PdfFonts.REGULAR_SETTING, PdfFonts.REGULAR_FILE).charExists('Ж'));

        System.setProperty(PdfFonts.REGULAR_SETTING, "/no/such/Font.ttf");
        BusinessException e = assertThrows(
                BusinessException.class, () -> PdfFonts.load(PdfFonts.REGULAR_SETTING, PdfFonts.REGULAR_FILE));
        assertTrue(e.getMessage().contains("/no/such/Font.ttf"));
    }
}
