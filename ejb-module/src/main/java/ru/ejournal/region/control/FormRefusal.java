package ru.ejournal.region.control;

import jakarta.ejb.ApplicationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;

/**
 * Every error of a form at once, joined by «; »: each a key of {@link Texts} with its arguments, so that
 * the page shows them all in the viewer's language ({@link #getMessage()} is the Russian text).
 */
@ApplicationException(rollback = true)
public class FormRefusal extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Each error: its key, then its arguments. */
    private final ArrayList<String[]> errors;

    private FormRefusal(List<String[]> errors) {
        super(join(errors, Texts.RUSSIAN));
        this.errors = new ArrayList<>(errors);
    }

    /** Throws the errors, if any: each {@code {key, args...}}. */
    public static void check(List<String[]> errors) {
        if (!errors.isEmpty()) {
            throw new FormRefusal(errors);
        }
    }

    @Override
    public String message(Locale locale) {
        return join(errors, locale);
    }

    private static String join(List<String[]> errors, Locale locale) {
        return errors.stream()
                .map(e -> Texts.text(locale, e[0], (Object[]) Arrays.copyOfRange(e, 1, e.length)))
                .collect(Collectors.joining("; "));
    }
}
