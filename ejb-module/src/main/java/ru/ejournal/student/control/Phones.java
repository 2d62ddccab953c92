package ru.ejournal.student.control;

/**
 * Brings a Russian phone number to the one format the journal keeps: {@code +7 (916) 123-45-67}.
 * Accepts what people type: {@code 89161234567}, {@code +7 916 123 45 67}, {@code 916-123-45-67}.
 */
public final class Phones {

    public static final String FORMAT_HINT = "+7 (XXX) XXX-XX-XX";

    private Phones() {}

    /** The normalised number, null for blank input, or the input unchanged when it is no phone number. */
    public static String normalize(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String digits = typed.replaceAll("\\D", "");
        if (digits.length() == 11 && (digits.startsWith("7") || digits.startsWith("8"))) {
            digits = digits.substring(1);
        }
        if (digits.length() != 10 || typed.replaceAll("[\\d\\s()+\\-.]", "").length() > 0) {
            return typed.trim();
        }
        return "+7 (" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6, 8) + "-"
                + digits.substring(8);
    }

    public static boolean isValid(String normalized) {
        return normalized == null || normalized.matches("\\+7 \\(\\d{3}\\) \\d{3}-\\d{2}-\\d{2}");
    }
}
