package ru.ejournal.batch.regionimport;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
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
        String value = required(row, index, column);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRowException("batch.import.date", column, value);
        }
    }

    static int integer(ImportRow row, int index, String column) throws BadRowException {
        String value = required(row, index, column);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadRowException("batch.import.number", column, value);
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
