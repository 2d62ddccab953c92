package ru.ejournal.school.control;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import ru.ejournal.common.control.BusinessException;

/**
 * Names of subjects and work types as people type them: letters, digits, spaces and {@code .,-()№},
 * no angle brackets or other markup; inner spaces collapsed. Codes are made from the name for the
 * records created on a screen (the exchange files bring their own codes).
 */
public final class SetupNames {

    public static final int MAX_LENGTH = 200;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\d .,()№-]+");

    private SetupNames() {}

    /**
     * The cleaned name, or a refusal keyed {@code what} + {@code .blank}, {@code .tooLong} or {@code .chars}
     * ({@code what} = {@code "school.subjectName"}: «Название предмета: укажите название»).
     */
    public static String name(String raw, String what) {
        String name = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new BusinessException(what + ".blank");
        }
        if (name.length() > MAX_LENGTH) {
            throw new BusinessException(what + ".tooLong", MAX_LENGTH);
        }
        if (!NAME.matcher(name).matches() || !name.codePoints().anyMatch(Character::isLetter)) {
            throw new BusinessException(what + ".chars");
        }
        return name;
    }

    /** A code made from the name, unique among {@code taken} (compared ignoring case). */
    public static String code(String name, Collection<String> taken) {
        String base =
                name.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\d]+", "_").replaceAll("^_|_$", "");
        if (base.length() > 40) {
            base = base.substring(0, 40);
        }
        String code = base;
        for (int n = 2; contains(taken, code); n++) {
            code = base + "_" + n;
        }
        return code;
    }

    private static boolean contains(Collection<String> taken, String code) {
        return taken.stream().anyMatch(code::equalsIgnoreCase);
    }
}
