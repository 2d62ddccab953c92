package ru.ejournal.web.monitoring;

import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;
import ru.ejournal.web.common.Feedback;

/** Messages of the monitoring screens: texts from the {@code mon} bundle, service refusals as they are. */
final class MonitoringFaces {

    private MonitoringFaces() {}

    static ResourceBundle texts() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "mon");
    }

    static String text(String key, Object... args) {
        return Feedback.text("mon", key, args);
    }

    static void info(String text) {
        Feedback.info(text);
    }

    static void error(String clientId, String text) {
        Feedback.refuse(clientId, text);
    }

    /** Shows why the service refused; returns false when the exception is not a refusal. */
    static boolean refused(String clientId, RuntimeException e) {
        return Feedback.refused(clientId, e);
    }
}
