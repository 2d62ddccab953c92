package ru.ejournal.web.timetable;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.text.MessageFormat;
import java.util.Map;
import java.util.stream.Collectors;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.security.control.AccessDeniedException;

/** Messages of the timetable screens: texts from the {@code tt} bundle, service refusals as they are. */
final class TimetableFaces {

    private TimetableFaces() {}

    static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern =
                context.getApplication().getResourceBundle(context, "tt").getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
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
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BusinessException || t instanceof AccessDeniedException) {
                error(t.getMessage());
                return;
            }
            if (t instanceof ConstraintViolationException c) {
                error(c.getConstraintViolations().stream()
                        .map(ConstraintViolation::getMessage)
                        .collect(Collectors.joining("; ")));
                return;
            }
        }
        throw e;
    }

    static Long longParam(String name) {
        Map<String, String> p =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String value = p.get(name);
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
