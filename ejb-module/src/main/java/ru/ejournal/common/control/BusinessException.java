package ru.ejournal.common.control;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

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

    /** Refuses with every error of a form at once, joined by «; »; each is {@code {key, args...}}. */
    public static void refuseAll(List<String[]> errors) {
        if (errors.isEmpty()) {
            return;
        }
        List<String[]> all = List.copyOf(errors);
        throw new BusinessException("common.all", (Texts.Localized) locale -> all.stream()
                .map(e -> Texts.text(locale, e[0], (Object[]) Arrays.copyOfRange(e, 1, e.length)))
                .collect(Collectors.joining("; ")));
    }
}
