package ru.ejournal.web.school;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.text.MessageFormat;
import java.util.stream.Collectors;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.security.control.AccessDeniedException;

/** Messages of the school setup screens: texts from the {@code setup} bundle, service refusals as they are. */
final class SetupFaces {

    private SetupFaces() {}

    static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        String pattern =
                context.getApplication().getResourceBundle(context, "setup").getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
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
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BusinessException || t instanceof AccessDeniedException) {
                error(clientId, t.getMessage());
                return;
            }
            if (t instanceof ConstraintViolationException c) {
                error(
                        clientId,
                        c.getConstraintViolations().stream()
                                .map(ConstraintViolation::getMessage)
                                .distinct()
                                .sorted()
                                .collect(Collectors.joining("; ")));
                return;
            }
        }
        throw e;
    }
}
