package ru.ejournal.common.entity;

/** Formats Russian full names: фамилия, имя, отчество (the patronymic is optional). */
public final class PersonName {

    private PersonName() {}

    /** "Иванова Мария Петровна", or "Иванова Мария" without a patronymic. */
    public static String full(String lastName, String firstName, String patronymic) {
        StringBuilder name = new StringBuilder();
        append(name, lastName);
        append(name, firstName);
        append(name, patronymic);
        return name.toString();
    }

    /** "Иванова М. П.", or "Иванова М." without a patronymic. */
    public static String initials(String lastName, String firstName, String patronymic) {
        StringBuilder name = new StringBuilder();
        append(name, lastName);
        appendInitial(name, firstName);
        appendInitial(name, patronymic);
        return name.toString();
    }

    private static void append(StringBuilder name, String part) {
        if (part != null && !part.isBlank()) {
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(part.strip());
        }
    }

    private static void appendInitial(StringBuilder name, String part) {
        if (part != null && !part.isBlank()) {
            if (name.length() > 0) {
                name.append(' ');
            }
            name.appendCodePoint(part.strip().codePointAt(0)).append('.');
        }
    }
}
