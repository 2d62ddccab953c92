package ru.ejournal.security.control;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.Locale;
import ru.ejournal.common.control.Refusal;
import ru.ejournal.common.control.Texts;

/**
 * The caller may not see or change the record. The message is a key of {@link Texts} with its arguments:
 * {@link #getMessage()} is the Russian text, {@link #message(Locale)} the viewer's.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 2L;

    private final String key;
    private final String[] args;

    /** {@code key} of {@link Texts} (a text that is not a key is shown as it is, in every language). */
    public AccessDeniedException(String key, Object... args) {
        super(Texts.isKey(key) ? Texts.text(key, args) : key);
        this.key = Texts.isKey(key) ? key : null;
        this.args =
                Arrays.stream(args).map(a -> a == null ? "" : String.valueOf(a)).toArray(String[]::new);
    }

    @Override
    public String message(Locale locale) {
        return key == null ? getMessage() : Texts.text(locale, key, (Object[]) args);
    }
}
