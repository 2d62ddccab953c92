package ru.ejournal.web.school;

import ru.ejournal.web.common.Feedback;

/** Messages of the school setup screens: texts from the {@code setup} bundle, service refusals as they are. */
final class SetupFaces {

    private SetupFaces() {}

    static String text(String key, Object... args) {
        return Feedback.text("setup", key, args);
    }

    static void info(String key, Object... args) {
        Feedback.info(text(key, args));
    }

    static void error(String clientId, String text) {
        Feedback.refuse(clientId, text);
    }

    /** Shows why the service refused (in the growl and at {@code clientId}); rethrows anything else. */
    static void refused(String clientId, RuntimeException e) {
        if (!Feedback.refused(clientId, e)) {
            throw e;
        }
    }
}
