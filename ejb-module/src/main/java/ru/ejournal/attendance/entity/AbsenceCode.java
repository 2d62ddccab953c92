package ru.ejournal.attendance.entity;

import java.util.Locale;

/** Absence codes as teachers write them. Stored by name; shown by {@link #label()}. */
public enum AbsenceCode {
    /** «Н»: absent, reason not yet known. */
    N("Н"),
    /** «Б»: ill (болезнь). */
    B("Б"),
    /** «У»: excused (уважительная причина). */
    U("У"),
    /** «П»: unexcused (прогул). */
    P("П"),
    /** «ОП»: late (опоздание); the student attended the lesson. */
    OP("ОП");

    private final String label;

    AbsenceCode(String label) {
        this.label = label;
    }

    /** The Russian letter(s) shown in the journal. */
    public String label() {
        return label;
    }

    /** Whether the student missed the lesson (every code except a late arrival). */
    public boolean missed() {
        return this != OP;
    }

    /**
     * The code for a Russian label, in any letter case and with surrounding blanks ignored.
     *
     * @throws IllegalArgumentException for anything else, Latin look-alikes included
     */
    public static AbsenceCode fromLabel(String label) {
        if (label != null) {
            String normalized = label.strip().toUpperCase(Locale.ROOT);
            for (AbsenceCode code : values()) {
                if (code.label.equals(normalized)) {
                    return code;
                }
            }
        }
        throw new IllegalArgumentException("Unknown absence code: " + label);
    }
}
