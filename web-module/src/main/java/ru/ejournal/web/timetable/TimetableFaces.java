package ru.ejournal.web.timetable;

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
        Feedback.info(text);
    }

    static void error(String text) {
        Feedback.refuse(null, text);
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
