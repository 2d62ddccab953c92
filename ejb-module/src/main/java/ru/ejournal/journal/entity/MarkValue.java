package ru.ejournal.journal.entity;

/**
 * What a stored mark or period grade is and how the journal shows it: digits 1–5 count in averages;
 * «ЗАЧ», «НЕЗАЧ» and «НА» are shown as «зач», «незач», «н/а». One place for the grade book, the
 * e-diary, the letter and the analytics.
 */
public final class MarkValue {

    private MarkValue() {}

    /** 1–5, or null for anything else («ЗАЧ», «НЕЗАЧ», «НА», null). */
    public static Integer numeric(String stored) {
        if (stored != null && stored.length() == 1 && stored.charAt(0) >= '1' && stored.charAt(0) <= '5') {
            return stored.charAt(0) - '0';
        }
        return null;
    }

    public static boolean isNumeric(String stored) {
        return numeric(stored) != null;
    }

    /** The stored value as the journal shows it: «зач», «незач», «н/а», digits as they are. */
    public static String display(String stored) {
        if (stored == null) {
            return null;
        }
        return switch (stored) {
            case Mark.PASS -> "зач";
            case Mark.FAIL -> "незач";
            case PeriodGrade.NOT_ASSESSED -> "н/а";
            default -> stored;
        };
    }
}
