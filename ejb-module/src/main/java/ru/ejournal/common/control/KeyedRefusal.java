package ru.ejournal.common.control;

import java.io.Serializable;
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
    private final Serializable[] args;

    /** {@code key} of {@link Texts} (a text that is not a key is shown as it is, in every language). */
    protected KeyedRefusal(String key, Object... args) {
        super(Texts.isKey(key) ? Texts.text(key, args) : key);
        this.key = Texts.isKey(key) ? key : null;
        // as printed, but for the arguments that are texts themselves (printed in the language asked)
        this.args = Arrays.stream(args)
                .map(a -> a instanceof Texts.Localized l ? l : a == null ? "" : String.valueOf(a))
                .toArray(Serializable[]::new);
    }

    @Override
    public String message(Locale locale) {
        return key == null ? getMessage() : Texts.text(locale, key, (Object[]) args);
    }
}
