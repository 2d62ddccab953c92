package ru.ejournal.common.control;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * Bad input or a broken rule: the transaction rolls back and the message is shown as it is. The message is
 * a key of {@link Texts} with its arguments; {@link #getMessage()} is the Russian text (logs, tests, the
 * API), {@link #message(Locale)} the text in the viewer's language.
 */
@ApplicationException(rollback = true)
public class BusinessException extends KeyedRefusal {

    private static final long serialVersionUID = 3L;

    /** {@code key} of {@link Texts} (a text that is not a key is shown as it is, in every language). */
    public BusinessException(String key, Object... args) {
        super(key, args);
    }
}
