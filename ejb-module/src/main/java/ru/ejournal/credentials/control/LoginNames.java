package ru.ejournal.credentials.control;

import java.util.Map;

/** Logins from Russian names: «Петров Иван» gives {@code petrov.i}; transliteration as in passports. */
public final class LoginNames {

    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('а', "a"),
            Map.entry('б', "b"),
            Map.entry('в', "v"),
            Map.entry('г', "g"),
            Map.entry('д', "d"),
            Map.entry('е', "e"),
            Map.entry('ё', "e"),
            Map.entry('ж', "zh"),
            Map.entry('з', "z"),
            Map.entry('и', "i"),
            Map.entry('й', "i"),
            Map.entry('к', "k"),
            Map.entry('л', "l"),
            Map.entry('м', "m"),
            Map.entry('н', "n"),
            Map.entry('о', "o"),
            Map.entry('п', "p"),
            Map.entry('р', "r"),
            Map.entry('с', "s"),
            Map.entry('т', "t"),
            Map.entry('у', "u"),
            Map.entry('ф', "f"),
            Map.entry('х', "kh"),
            Map.entry('ц', "ts"),
            Map.entry('ч', "ch"),
            Map.entry('ш', "sh"),
            Map.entry('щ', "shch"),
            Map.entry('ъ', "ie"),
            Map.entry('ы', "y"),
            Map.entry('ь', ""),
            Map.entry('э', "e"),
            Map.entry('ю', "iu"),
            Map.entry('я', "ia"));

    private LoginNames() {}

    public static String base(String lastName, String firstName) {
        String last = translit(lastName);
        String first = translit(firstName);
        String base = (last.isEmpty() ? "user" : last) + (first.isEmpty() ? "" : "." + first.charAt(0));
        return base.length() > 40 ? base.substring(0, 40) : base;
    }

    static String translit(String text) {
        StringBuilder out = new StringBuilder();
        if (text == null) {
            return "";
        }
        for (char c : text.toLowerCase().toCharArray()) {
            String latin = LETTERS.get(c);
            if (latin != null) {
                out.append(latin);
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
