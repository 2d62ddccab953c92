package ru.ejournal.security.control;

import jakarta.ejb.ApplicationException;
import java.util.Locale;
import ru.ejournal.common.control.KeyedRefusal;
import ru.ejournal.common.control.Texts;

/**
 * The caller may not see or change the record. The message is a key of {@link Texts} with its arguments:
 * {@link #getMessage()} is the Russian text, {@link #message(Locale)} the viewer's.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends KeyedRefusal {

    private static final long serialVersionUID = 3L;

    /** {@code key} of {@link Texts} (a text that is not a key is shown as it is, in every language). */
    public AccessDeniedException(String key, Object... args) {
        super(key, args);
    }
}
