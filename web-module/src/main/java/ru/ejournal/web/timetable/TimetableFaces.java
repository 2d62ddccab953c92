package ru.ejournal.web.timetable;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import ru.ejournal.web.common.Feedback;
import ru.ejournal.web.common.PageParams;

/** Messages of the timetable screens: texts from the {@code tt} bundle, service refusals as they are. */
final class TimetableFaces {

    private TimetableFaces() {}

    static String text(String key, Object... args) {
        return Feedback.text("tt", key, args);
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Shows why the service refused; rethrows what is not a refusal. */
    static void refused(RuntimeException e) {
        if (!Feedback.refused(null, e)) {
            throw e;
        }
    }

    static Long longParam(String name) {
        return PageParams.id(FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(name));
    }
}
