package ru.ejournal.common.control;

import java.util.regex.Pattern;

/**
 * What a name may hold wherever it enters the journal (the cards, the class-list import, the region
 * import), so that a name is always plain text (ASVS 5.1.3, 5.1.4): a person's name only letters, spaces,
 * apostrophes and hyphens (as the cards check); a subject, class or subgroup name letters, digits, spaces
 * and {@code .,-()№}, never angle brackets or quotes.
 */
public final class NameRules {

    /** The pattern of the cards' {@code @Pattern} on surnames and first names. */
    public static final String PERSON = "[\\p{IsCyrillic}\\p{IsLatin} '\\-]+";

    public static final String TITLE = "[\\p{L}\\p{N} .,\\-()№]+";

    private static final Pattern PERSON_PATTERN = Pattern.compile(PERSON);
    private static final Pattern TITLE_PATTERN = Pattern.compile(TITLE);

    private NameRules() {}

    public static boolean isPersonName(String value) {
        return value != null && PERSON_PATTERN.matcher(value).matches();
    }

    public static boolean isTitle(String value) {
        return value != null && TITLE_PATTERN.matcher(value).matches();
    }
}
