package ru.ejournal.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The letters' Russian texts ({@code NotificationTexts.properties}) and the journal's public address. */
@ApplicationScoped
public class NotificationTexts {

    private static final Locale RU = Locale.forLanguageTag("ru");

    public String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("ru.ejournal.notification.control.NotificationTexts", RU)
                .getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, RU).format(arguments);
    }

    /**
     * The address the letters' links start with: {@code ejournal.base.url} (or {@code EJOURNAL_BASE_URL}),
     * by default {@code http://localhost:8080}.
     */
    public static String baseUrl() {
        String value = System.getProperty("ejournal.base.url", System.getenv("EJOURNAL_BASE_URL"));
        String base = value == null || value.isBlank() ? "http://localhost:8080" : value.strip();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
