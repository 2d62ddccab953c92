package ru.ejournal.student.control;

import java.time.LocalDate;
import java.time.Period;
import ru.ejournal.common.control.BusinessException;

/**
 * Whether a date of birth is plausible for a grade: on 1 September of the school year a pupil of
 * grade N is usually N + 6 years old; the journal accepts N + 5 to N + 9.
 */
public final class BirthDates {

    private BirthDates() {}

    public static int minAge(int grade) {
        return grade + 5;
    }

    public static int maxAge(int grade) {
        return grade + 9;
    }

    /** Null when plausible, otherwise the reason in Russian. */
    public static String check(LocalDate birthDate, int grade, LocalDate yearStart) {
        BusinessException refusal = refusal(birthDate, grade, yearStart);
        return refusal == null ? null : refusal.getMessage();
    }

    /** Null when plausible, otherwise the refusal to throw (it speaks the viewer's language too). */
    public static BusinessException refusal(LocalDate birthDate, int grade, LocalDate yearStart) {
        if (birthDate == null) {
            return new BusinessException("student.birthDate.required");
        }
        int age = Period.between(birthDate, yearStart).getYears();
        if (age < minAge(grade) || age > maxAge(grade)) {
            return new BusinessException("student.birthDate.implausible", grade, minAge(grade), maxAge(grade), age);
        }
        return null;
    }
}
