package ru.ejournal.batch.regionimport;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import ru.ejournal.common.control.NameRules;

/** The values of a row's fields: each reads one column or refuses the row with the column's name. */
final class ImportValues {

    private ImportValues() {}

    static String required(ImportRow row, int index, String column) throws BadRowException {
        String value = row.get(index);
        if (value.isEmpty()) {
            throw new BadRowException("batch.import.required", column);
        }
        return value;
    }

    /** A subject, class or subgroup name: letters, digits, spaces and {@code .,-()№} (no angle brackets). */
    static String title(ImportRow row, int index, String column) throws BadRowException {
        String value = required(row, index, column);
        if (!NameRules.isTitle(value)) {
            throw new BadRowException("batch.import.title", column);
        }
        return value;
    }

    /** A person's name as the cards accept it: letters, spaces, apostrophe and hyphen. */
    static String personName(ImportRow row, int index, String column) throws BadRowException {
        String value = required(row, index, column);
        if (!NameRules.isPersonName(value)) {
            throw new BadRowException("batch.import.personName", column);
        }
        return value;
    }

    static void optionalPersonName(ImportRow row, int index, String column) throws BadRowException {
        if (!row.get(index).isEmpty()) {
            personName(row, index, column);
        }
    }

    static String optional(ImportRow row, int index) {
        String value = row.get(index);
        return value.isEmpty() ? null : value;
    }

    static LocalDate date(ImportRow row, int index, String column) throws BadRowException {
        return parsed(row, index, column, LocalDate::parse, "batch.import.date");
    }

    static int integer(ImportRow row, int index, String column) throws BadRowException {
        return parsed(row, index, column, Integer::parseInt, "batch.import.number");
    }

    /** The required field parsed, or the refusal (a key) naming the column and the value that does not parse. */
    private static <T> T parsed(ImportRow row, int index, String column, Function<String, T> parse, String refusal)
            throws BadRowException {
        String value = required(row, index, column);
        try {
            return parse.apply(value);
        } catch (RuntimeException e) { // DateTimeParseException, NumberFormatException
            throw new BadRowException(refusal, column, value);
        }
    }

    static boolean bool(ImportRow row, int index, String column) throws BadRowException {
        String value = required(row, index, column).toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new BadRowException("batch.import.boolean", column);
        }
        return value.equals("true");
    }
}
