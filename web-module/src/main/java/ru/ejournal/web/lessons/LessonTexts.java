package ru.ejournal.web.lessons;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import ru.ejournal.web.common.Feedback;

/** Texts of the bundle {@code les} and the date formats of the lesson-change and period screens. */
final class LessonTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private LessonTexts() {}

    static String text(String key, Object... args) {
        return Feedback.text("les", key, args);
    }

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(ZoneId.systemDefault()));
    }
}
