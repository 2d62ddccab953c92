package ru.ejournal.common.control;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bean Validation's messages in the journal's languages: a {@code {key}} is Russian
 * ({@code ValidationMessages}) unless the page asks for English ({@code EnglishValidationMessages}), and
 * never the server's default locale. The English file has no {@code _en} name on purpose: WildFly validates
 * EJB calls with a factory of its own that does not read the modules' {@code validation.xml}, and its
 * interpolator, looking for the server's locale, then finds only the Russian file. The pages' validation
 * uses this interpolator ({@code web.common.FacesValidation}); {@code web.common.Feedback} re-interpolates a
 * service's violations in the viewer's language. The rest ({@code {min}}, the constraints' own texts) is the
 * platform's interpolator's.
 */
public class JournalMessageInterpolator implements MessageInterpolator {

    private static final Pattern KEY = Pattern.compile("\\{([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\\}");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final MessageInterpolator platform =
            Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, Texts.RUSSIAN);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        return platform.interpolate(ownKeys(template, locale), context, locale);
    }

    /** The template with the journal's keys replaced by their texts in {@code locale}. */
    static String ownKeys(String template, Locale locale) {
        if (template == null || template.indexOf('{') < 0) {
            return template;
        }
        ResourceBundle bundle = bundle(locale);
        Matcher m = KEY.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String text = bundle != null && bundle.containsKey(key) ? bundle.getString(key) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        return m.appendTail(out).toString();
    }

    private static ResourceBundle bundle(Locale locale) {
        String name = locale != null && "en".equals(locale.getLanguage())
                ? "EnglishValidationMessages"
                : "ValidationMessages";
        try {
            return ResourceBundle.getBundle(
                    name, Locale.ROOT, JournalMessageInterpolator.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
