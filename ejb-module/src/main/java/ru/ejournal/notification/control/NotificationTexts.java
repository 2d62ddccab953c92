package ru.ejournal.notification.control;

/**
 * The journal's public address, which the letters' links start with. The letters' texts are the bundle's
 * ({@code notification.mail.*} of {@link ru.ejournal.common.control.Texts}), Russian like every letter.
 */
public final class NotificationTexts {

    private NotificationTexts() {}

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
