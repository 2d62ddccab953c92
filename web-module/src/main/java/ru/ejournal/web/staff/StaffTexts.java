package ru.ejournal.web.staff;

import ru.ejournal.web.common.Feedback;

/** Texts of the staff screens from the {@code stf} bundle, in the viewer's language. */
final class StaffTexts {

    private StaffTexts() {}

    static String text(String key, Object... args) {
        return Feedback.text("stf", key, args);
    }
}
