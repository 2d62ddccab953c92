package ru.ejournal.student.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import ru.ejournal.student.entity.Gender;
import ru.ejournal.student.entity.Student;

/** One line of the class roster. */
public record StudentRow(
        Long id,
        String fullName,
        LocalDate birthDate,
        Gender gender,
        String phone,
        Instant verifiedAt,
        String verifiedBy,
        boolean departed,
        boolean stale)
        implements Serializable {

    static StudentRow of(Student s, Instant staleBefore) {
        return new StudentRow(
                s.getId(),
                s.fullName(),
                s.getBirthDate(),
                s.getGender(),
                s.getPhone(),
                s.getVerifiedAt(),
                s.getVerifiedBy(),
                s.isDeparted(),
                s.getVerifiedAt() == null || s.getVerifiedAt().isBefore(staleBefore));
    }
}
