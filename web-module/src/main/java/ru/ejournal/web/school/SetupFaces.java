package ru.ejournal.web.school;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import ru.ejournal.web.common.Feedback;

/** Messages of the school setup screens: texts from the {@code setup} bundle, service refusals as they are. */
final class SetupFaces {

    private SetupFaces() {}

    static String text(String key, Object... args) {
        return Feedback.text("setup", key, args);
    }

    static void info(String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    static void error(String clientId, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        context.validationFailed();
    }

    /** Shows why the service refused (in the growl and at {@code clientId}); rethrows anything else. */
    static void refused(String clientId, RuntimeException e) {
        if (!Feedback.refused(clientId, e)) {
            throw e;
        }
    }
}
