package ru.ejournal.web.monitoring;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.security.control.AccessDeniedException;

/** Messages of the monitoring screens: texts from the {@code mon} bundle, service refusals as they are. */
final class MonitoringFaces {

    private MonitoringFaces() {}

    static ResourceBundle texts() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "mon");
    }

    static String text(String key, Object... args) {
        String pattern = texts().getString(key);
        return args.length == 0 ? pattern : java.text.MessageFormat.format(pattern, args);
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    static void error(String clientId, String text) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Shows why the service refused; returns false when the exception is not a refusal. */
    static boolean refused(String clientId, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BusinessException || t instanceof AccessDeniedException) {
                error(clientId, t.getMessage());
                return true;
            }
            if (t instanceof ConstraintViolationException c) {
                error(
                        clientId,
                        c.getConstraintViolations().stream()
                                .map(ConstraintViolation::getMessage)
                                .collect(Collectors.joining("; ")));
                return true;
            }
        }
        return false;
    }
}
