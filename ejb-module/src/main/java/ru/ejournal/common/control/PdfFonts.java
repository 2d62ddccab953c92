package ru.ejournal.common.control;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one Cyrillic font of every PDF the journal makes (grade book, information letter, credential
 * slips, exports): DejaVu Sans, shipped inside the application ({@code ru/ejournal/common/fonts}, with
 * its licence), so no system font package is needed. {@code ejournal.pdf.font} and
 * {@code ejournal.pdf.font.bold} (system properties or {@code EJOURNAL_PDF_FONT…}) name other TrueType
 * files instead. Fonts are read once and shared: a {@link BaseFont} serves any number of documents.
 */
public final class PdfFonts {

    static final String REGULAR_SETTING = "ejournal.pdf.font";
    static final String BOLD_SETTING = "ejournal.pdf.font.bold";
    private static final String BUNDLED = "/ru/ejournal/common/fonts/";
    static final String REGULAR_FILE = "DejaVuSans.ttf";
    private static final String BOLD_FILE = "DejaVuSans-Bold.ttf";

    private static volatile BaseFont regular;
    private static volatile BaseFont bold;
    private static volatile Path regularPath;

    private PdfFonts() {}

    /** The regular font, embedded as Unicode (Identity-H). */
    public static BaseFont regular() {
        BaseFont font = regular;
        if (font == null) {
            font = load(REGULAR_SETTING, REGULAR_FILE);
            regular = font;
        }
        return font;
    }

    /** The bold font. */
    public static BaseFont bold() {
        BaseFont font = bold;
        if (font == null) {
            font = load(BOLD_SETTING, BOLD_FILE);
            bold = font;
        }
        return font;
    }

    /**
     * The regular font as a file, for a library that takes a font by its path (PrimeFaces' PDF export):
     * the configured file, or the bundled font copied once to a temporary file.
     */
    public static Path regularFile() {
        Path path = regularPath;
        if (path == null) {
            path = Settings.get(REGULAR_SETTING).map(PdfFonts::readable).orElseGet(PdfFonts::bundledCopy);
            regularPath = path;
        }
        return path;
    }

    static BaseFont load(String setting, String bundled) {
        try {
            String configured = Settings.get(setting).orElse(null);
            if (configured != null) {
                return BaseFont.createFont(readable(configured).toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            }
            return BaseFont.createFont(bundled, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes(bundled), null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The PDF font cannot be read: " + bundled, e);
        }
    }

    private static Path readable(String file) {
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            throw new BusinessException("common.pdfFont.missing", file);
        }
        return path;
    }

    private static byte[] bytes(String bundled) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(BUNDLED + bundled)) {
            if (in == null) {
                throw new IOException("The font " + BUNDLED + bundled + " is not in the application");
            }
            return in.readAllBytes();
        }
    }

    private static Path bundledCopy() {
        try {
            Path copy = Files.createTempFile("ejournal-", "-" + REGULAR_FILE);
            copy.toFile().deleteOnExit();
            Files.write(copy, bytes(REGULAR_FILE));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
