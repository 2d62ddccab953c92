package ru.ejournal.common.control;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The journal's texts outside the pages: service refusals, PDF, e-mail and export wording. A key names its
 * area first ({@code "journal.cell.notAMark"} lives in {@code ru/ejournal/texts/journal.properties}); the
 * bundle without a suffix is Russian, the journal's language, and {@code _en} is English. The server's own
 * default locale never decides (no fallback to it).
 */
public final class Texts {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static final String BASE = "ru.ejournal.texts.";
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {}

    /** The Russian text of {@code key}. */
    public static String text(String key, Object... args) {
        return text(RUSSIAN, key, args);
    }

    /**
     * The text of {@code key} in {@code locale} (Russian for any language the journal does not speak), its
     * {@code {0}}… replaced by the arguments as they print ({@code String.valueOf}: no grouping of numbers,
     * which the texts written before the bundles did not have either).
     */
    public static String text(Locale locale, String key, Object... args) {
        String pattern = pattern(locale, key);
        if (pattern == null) {
            throw new MissingResourceException("No text " + key, BASE + area(key), key);
        }
        return format(pattern, locale, args);
    }

    /**
     * An argument that is itself a text in the viewer's language (a day's name, a list of refusals): a refusal
     * keeps it as it is and prints it in the language asked.
     */
    @FunctionalInterface
    public interface Localized extends Serializable {
        String in(Locale locale);
    }

    /** True if {@code key} looks like a key and the Russian bundle has it. */
    public static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches() && pattern(RUSSIAN, key) != null;
    }

    /** A pattern of any of the journal's bundles (the pages' too) with its arguments, printed as {@link #text} does. */
    public static String format(String pattern, Locale locale, Object... args) {
        if (args == null || args.length == 0) {
            return pattern.replace("''", "'");
        }
        Object[] printed = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            printed[i] = args[i] == null ? "" : args[i] instanceof Localized l ? l.in(locale) : String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, locale).format(printed);
    }

    private static String pattern(Locale locale, String key) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    BASE + area(key), supported(locale), Texts.class.getClassLoader(), NO_FALLBACK);
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
    }

    private static String area(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }
}
