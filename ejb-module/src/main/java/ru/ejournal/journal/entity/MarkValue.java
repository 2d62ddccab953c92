package ru.ejournal.journal.entity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a stored mark or period grade is and how the journal shows it: digits 1–5 count in averages;
 * «ЗАЧ», «НЕЗАЧ» and «НА» are shown as «зач», «незач», «н/а». The one parser (what a teacher typed →
 * the stored form) and the one display, for the grade book, the e-diary, the letter and the analytics.
 */
public final class MarkValue {

    /** Passed (зачтено), a mark or a period grade of a pass/fail subject. */
    public static final String PASS = "ЗАЧ";
    /** Failed (не зачтено). */
    public static final String FAIL = "НЕЗАЧ";
    /** Not assessed (не аттестован): a period grade only. */
    public static final String NOT_ASSESSED = "НА";
    /** A lesson's mark, as stored. */
    public static final List<String> MARKS = List.of("1", "2", "3", "4", "5", PASS, FAIL);
    /** A period grade, as stored. */
    public static final List<String> GRADES = List.of("1", "2", "3", "4", "5", NOT_ASSESSED, PASS, FAIL);

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

    /** «ЗАЧ» or «НЕЗАЧ». */
    public static boolean isPassFail(String stored) {
        return PASS.equals(stored) || FAIL.equals(stored);
    }

    /**
     * Whether the stored value suits a subject of the given grading: 1–5 for a subject marked with
     * digits, «ЗАЧ»/«НЕЗАЧ» for a pass/fail one; «НА» suits both.
     */
    public static boolean fits(String stored, boolean passFail) {
        return NOT_ASSESSED.equals(stored) || (passFail ? isPassFail(stored) : isNumeric(stored));
    }

    /**
     * The stored form of a lesson's mark as typed: trimmed, upper-case («зач» → «ЗАЧ»).
     *
     * @throws IllegalArgumentException if it is not one of {@link #MARKS}
     */
    public static String mark(String typed) {
        return stored(typed, MARKS, false).orElseThrow(() -> new IllegalArgumentException("Not a mark: " + typed));
    }

    /** The stored form of a lesson's mark as typed if it is a mark that suits the grading; empty otherwise. */
    public static Optional<String> markFitting(String typed, boolean passFail) {
        return stored(typed, MARKS, false).filter(stored -> fits(stored, passFail));
    }

    /**
     * The stored form of a period grade as typed: trimmed, upper-case, «н/а» → «НА».
     *
     * @throws IllegalArgumentException if it is not one of {@link #GRADES}
     */
    public static String grade(String typed) {
        return stored(typed, GRADES, true)
                .orElseThrow(() -> new IllegalArgumentException("Not a period grade: " + typed));
    }

    /** The stored form of a period grade as typed if it is a grade that suits the grading; empty otherwise. */
    public static Optional<String> gradeFitting(String typed, boolean passFail) {
        return stored(typed, GRADES, true).filter(stored -> fits(stored, passFail));
    }

    private static Optional<String> stored(String typed, List<String> allowed, boolean withoutSlash) {
        String normalized = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        if (withoutSlash) {
            normalized = normalized.replace("/", "");
        }
        return allowed.contains(normalized) ? Optional.of(normalized) : Optional.empty();
    }

    /** The stored value as the journal shows it: «зач», «незач», «н/а», digits as they are. */
    public static String display(String stored) {
        if (stored == null) {
            return null;
        }
        return switch (stored) {
            case PASS -> "зач";
            case FAIL -> "незач";
            case NOT_ASSESSED -> "н/а";
            default -> stored;
        };
    }
}
