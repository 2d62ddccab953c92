package ru.ejournal.web.common;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;
import ru.ejournal.common.control.Texts;

/**
 * The texts of a servlet (a download, the API: no Faces page around it), from the pages' own bundles: a
 * download refuses in the language the viewer chose on the pages, as a plain text.
 */
public final class ServletTexts {

    private static final String BUNDLES = "ru.ejournal.web.i18n.";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ServletTexts() {}

    /**
     * A text of the pages' bundle {@code bundle} (its base name, e.g. {@code "journal"}) in {@code locale},
     * formatted as {@link Feedback#text} does.
     */
    public static String text(Locale locale, String bundle, String key, Object... args) {
        String pattern = ResourceBundle.getBundle(
                        BUNDLES + bundle, locale, ServletTexts.class.getClassLoader(), NO_FALLBACK)
                .getString(key);
        return Texts.format(pattern, locale, args);
    }

    /** Answers with {@code status} and the text, as plain text. */
    public static void refuse(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(text);
    }
}
