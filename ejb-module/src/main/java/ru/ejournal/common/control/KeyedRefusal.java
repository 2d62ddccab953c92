package ru.ejournal.common.control;

import java.util.Arrays;
import java.util.Locale;

/**
 * A refusal whose message is a key of {@link Texts} with its arguments: {@link #getMessage()} is the Russian text
 * (logs, API, tests), {@link #message(Locale)} the text in the viewer's language. A text that is not a key is
 * shown as it is, in every language.
 */
public abstract class KeyedRefusal extends RuntimeException implements Refusal {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String[] args;

    /** {@code key} of {@link Texts} (a text that is not a key is shown as it is, in every language). */
    protected KeyedRefusal(String key, Object... args) {
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
