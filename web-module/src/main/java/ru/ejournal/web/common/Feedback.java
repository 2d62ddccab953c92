package ru.ejournal.web.common;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.text.MessageFormat;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.security.control.AccessDeniedException;

/**
 * The one way the screens report to the page: runs a page action and turns a refusal into messages
 * next to the form (the rule's own message, each validation message, or "no access"), and gives the
 * texts of a screen's bundle. Nothing typed is lost: the page stays as it was.
 */
public final class Feedback {

    /** A page action that may be refused. */
    @FunctionalInterface
    public interface Action {
        void run();
    }

    private static final String NO_ACCESS = "Нет доступа к этим данным";

    private Feedback() {}

    /** Runs the action; true if it went through. */
    public static boolean attempt(Action action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            report(e);
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
    }

    /**
     * Runs the loading of a page; a record the caller may not see gives the "no access" page (403),
     * not an error trace, e.g. for a card opened by URL with another class's id.
     */
    public static void load(Action action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof AccessDeniedException || c instanceof EJBAccessException) {
                    try {
                        FacesContext faces = FacesContext.getCurrentInstance();
                        faces.getExternalContext().responseSendError(403, c.getMessage());
                        faces.responseComplete();
                        return;
                    } catch (java.io.IOException io) {
                        throw new java.io.UncheckedIOException(io);
                    }
                }
            }
            throw e;
        }
    }

    /** A text of the bundle the page knows as {@code bundleVar} (faces-config), in the viewer's language. */
    public static String text(String bundleVar, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern =
                faces.getApplication().getResourceBundle(faces, bundleVar).getString(key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }

    /**
     * Why a service refused, if it did: a rule's message, the validation messages joined by "; ", or
     * "no access"; empty for anything else (a failure the caller rethrows).
     */
    public static Optional<String> refusal(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ConstraintViolationException v) {
                return Optional.of(v.getConstraintViolations().stream()
                        .map(ConstraintViolation::getMessage)
                        .distinct()
                        .sorted()
                        .collect(Collectors.joining("; ")));
            }
            if (c instanceof BusinessException || c instanceof AccessDeniedException) {
                return Optional.of(c.getMessage());
            }
            if (c instanceof EJBAccessException) {
                return Optional.of(NO_ACCESS);
            }
        }
        return Optional.empty();
    }

    /**
     * Shows why the service refused at {@code clientId} (null: the page's messages) and marks the
     * request as failed; false if the exception is not a refusal.
     */
    public static boolean refused(String clientId, RuntimeException e) {
        Optional<String> why = refusal(e);
        why.ifPresent(text -> {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            faces.validationFailed();
        });
        return why.isPresent();
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static void report(RuntimeException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ConstraintViolationException v) {
                v.getConstraintViolations().stream()
                        .map(ConstraintViolation::getMessage)
                        .sorted(Comparator.naturalOrder())
                        .distinct()
                        .forEach(Feedback::error);
                return;
            }
            if (c instanceof BusinessException || c instanceof AccessDeniedException) {
                error(c.getMessage());
                return;
            }
            if (c instanceof EJBAccessException) {
                error(NO_ACCESS);
                return;
            }
            if (!(c instanceof EJBException) && c.getCause() == null) {
                break;
            }
        }
        throw e;
    }
}
