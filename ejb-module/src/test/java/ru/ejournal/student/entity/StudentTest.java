package ru.ejournal.student.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.common.entity.TestEntities.withId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.ejournal.school.entity.AcademicYear;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.SchoolClass;

class StudentTest {

    private SchoolClass schoolClass;
    private Student student;

    @BeforeEach
    void arrange() {
        School school = new School("S1", "Школа №1");
        AcademicYear year = new AcademicYear(school, "2026/2027", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 31));
        schoolClass = withId(new SchoolClass(year, 7, "Б"), 1050L);
        student = new Student(schoolClass, "ST-17", "Петров", "Иван", null);
        student.setBirthDate(LocalDate.of(2013, 4, 5));
        student.setGender(Gender.M);
    }

    @Test
    @DisplayName("the snapshot lists the audited fields in a fixed order")
    void snapshotFieldOrder() {
        assertEquals(
                List.of(
                        "code",
                        "schoolClass",
                        "lastName",
                        "firstName",
                        "patronymic",
                        "birthDate",
                        "gender",
                        "homeAddress",
                        "phone",
                        "status",
                        "arrivedOn",
                        "departedOn"),
                List.copyOf(student.auditSnapshot().keySet()));
    }

    @Test
    @DisplayName("the snapshot writes dates in ISO, enums by name, references by id and empty fields as null")
    void snapshotValues() {
        Map<String, String> snapshot = student.auditSnapshot();

        assertEquals("Student", student.auditType());
        assertEquals("ST-17", snapshot.get("code"));
        assertEquals("1050", snapshot.get("schoolClass"));
        assertEquals("Петров", snapshot.get("lastName"));
        assertEquals("2013-04-05", snapshot.get("birthDate"));
        assertEquals("M", snapshot.get("gender"));
        assertEquals("STUDYING", snapshot.get("status"));
        assertTrue(snapshot.containsKey("patronymic"));
        assertNull(snapshot.get("patronymic"));
        assertNull(snapshot.get("departedOn"));
    }

    @Test
    @DisplayName("a change of a field shows up as a difference between two snapshots")
    void snapshotsShowChanges() {
        Map<String, String> before = student.auditSnapshot();

        student.setStatus(StudentStatus.DEPARTED);
        student.setDepartedOn(LocalDate.of(2026, 12, 1));
        Map<String, String> after = student.auditSnapshot();

        assertEquals("STUDYING", before.get("status"));
        assertEquals("DEPARTED", after.get("status"));
        assertEquals("2026-12-01", after.get("departedOn"));
        assertEquals(before.get("lastName"), after.get("lastName"));
    }

    @Test
    @DisplayName("marking the record verified is not a change of personal data")
    void verificationIsNotAudited() {
        Map<String, String> before = student.auditSnapshot();

        student.markVerified("ivanova", Instant.parse("2026-11-12T09:00:00Z"));

        assertEquals(before, student.auditSnapshot());
        assertFalse(student.auditSnapshot().containsKey("verifiedAt"));
    }

    @Test
    @DisplayName("full and short names follow Russian order, the patronymic being optional")
    void names() {
        assertEquals("Петров Иван", student.fullName());
        assertEquals("Петров И.", student.shortName());
        student.setPatronymic("Сергеевич");
        assertEquals("Петров Иван Сергеевич", student.fullName());
        assertEquals("Петров И. С.", student.shortName());
        assertEquals("7Б", schoolClass.getName());
    }
}
