package ru.ejournal.web.common;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import ru.ejournal.common.control.JournalMessageInterpolator;
import ru.ejournal.common.control.Refusal;
import ru.ejournal.common.control.Texts;
import ru.ejournal.security.control.AccessDeniedException;

/**
 * The one way the screens report to the page: runs a page action and turns a refusal into a message
 * next to the form (the rule's own message, the validation messages joined, or "no access"), and gives the
 * texts of a screen's bundle. Nothing typed is lost: the page stays as it was.
 */
public final class Feedback {

    /** A page action that may be refused. */
    @FunctionalInterface
    public interface Action {
        void run();
    }

    private static final JournalMessageInterpolator VALIDATION = new JournalMessageInterpolator();

    private Feedback() {}

    /** Runs the action; true if it went through. */
    public static boolean attempt(Action action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            if (!refused(null, e)) {
                throw e;
            }
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
        return Texts.format(pattern, locale(), args);
    }

    /**
     * Why a service refused, if it did: a rule's message, the validation messages joined by "; ", or
     * "no access"; empty for anything else (a failure the caller rethrows).
     */
    public static Optional<String> refusal(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ConstraintViolationException v) {
                return Optional.of(v.getConstraintViolations().stream()
                        .map(Feedback::message)
                        .distinct()
                        .sorted()
                        .collect(Collectors.joining("; ")));
            }
            if (c instanceof Refusal r) {
                return Optional.of(r.message(locale()));
            }
            if (c instanceof EJBAccessException) {
                return Optional.of(noAccess());
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
        why.ifPresent(text -> refuse(clientId, text));
        return why.isPresent();
    }

    /** The viewer's language (Russian outside a page). */
    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null
                ? Texts.RUSSIAN
                : faces.getViewRoot().getLocale();
    }

    /** A refusal's text in the viewer's language (a rule's, "no access", or any other exception's message). */
    public static String message(Throwable e) {
        return message(e, locale());
    }

    /** A refusal's text in {@code locale}, e.g. a servlet's viewer's (no page needed). */
    public static String message(Throwable e, Locale locale) {
        return e instanceof Refusal r ? r.message(locale) : e.getMessage();
    }

    /** A validation message in the viewer's language (a service validates in Russian). */
    public static String message(ConstraintViolation<?> violation) {
        return message(violation, locale());
    }

    /** A validation message in {@code locale} (no page needed). */
    public static String message(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        if (template == null || template.indexOf('{') < 0 || Texts.RUSSIAN.equals(locale)) {
            return violation.getMessage();
        }
        try {
            return VALIDATION.interpolate(template, new ViolationContext(violation), locale);
        } catch (RuntimeException e) {
            return violation.getMessage();
        }
    }

    private static String noAccess() {
        return Texts.text(locale(), "common.noAccess");
    }

    public static void info(String text) {
        info(null, text);
    }

    /** A confirmation shown at {@code clientId} (null: the page's messages). */
    public static void info(String clientId, String text) {
        FacesContext.getCurrentInstance()
                .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /**
     * A refusal shown at {@code clientId} (null: the page's messages); the request is marked as failed, so
     * the form keeps what was typed.
     */
    public static void refuse(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    /** What the interpolator needs to know of a violation that has already happened. */
    private record ViolationContext(ConstraintViolation<?> violation)
            implements jakarta.validation.MessageInterpolator.Context {
        @Override
        public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new jakarta.validation.ValidationException("Not available: " + type);
        }
    }
}
