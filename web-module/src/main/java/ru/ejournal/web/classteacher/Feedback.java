package ru.ejournal.web.classteacher;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.security.control.AccessDeniedException;

/**
 * Runs a page action and turns a refusal into messages next to the form: the rule's own Russian
 * message, each validation message, or "no access". Nothing typed is lost: the page stays as it was.
 */
public final class Feedback {

    /** A page action that may be refused. */
    @FunctionalInterface
    public interface Action {
        void run();
    }

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
                error("Нет доступа к этим данным");
                return;
            }
            if (!(c instanceof EJBException) && c.getCause() == null) {
                break;
            }
        }
        throw e;
    }
}
