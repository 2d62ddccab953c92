package ru.ejournal.web.lessons;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Texts of the bundle {@code les} and the date formats of the lesson-change and period screens. */
final class LessonTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private LessonTexts() {}

    static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "les").getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }
}
