package ru.ejournal.journal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.ejournal.school.entity.AcademicYear;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.Subject;
import ru.ejournal.staff.entity.StaffMember;
import ru.ejournal.student.entity.Student;

class MarkTest {

    private static final Instant NOW = Instant.parse("2026-11-12T09:00:00Z");

    private Lesson lesson;
    private Student student;
    private WorkType test;

    @BeforeEach
    void arrange() {
        School school = new School("S1", "Школа №1");
        SchoolClass schoolClass = new SchoolClass(
                new AcademicYear(school, "2026/2027", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 5, 31)), 7, "Б");
        lesson = new Lesson(
                schoolClass,
                null,
                new Subject(school, "MATH", "Математика"),
                new StaffMember(school, "Иванова", "Мария", "Петровна"),
                LocalDate.of(2026, 11, 12),
                2);
        student = new Student(schoolClass, "ST1", "Петров", "Иван", null);
        test = new WorkType(school, WorkType.TEST, "Тест", 3, true);
    }

    @ParameterizedTest(name = "«{0}» is {1}")
    @CsvSource({"1, 1", "2, 2", "3, 3", "4, 4", "5, 5"})
    @DisplayName("numericValue gives the number of a 1–5 mark")
    void numericValueOfDigits(String value, int expected) {
        Mark mark = new Mark(lesson, student, value, test, "ivanova", NOW);

        assertEquals(expected, mark.numericValue());
    }

    @ParameterizedTest(name = "«{0}» has no number")
    @ValueSource(strings = {"ЗАЧ", "НЕЗАЧ", "зач", "незач"})
    @DisplayName("numericValue is null for pass/fail marks")
    void numericValueOfPassFail(String value) {
        Mark mark = new Mark(lesson, student, value, test, "ivanova", NOW);

        assertNull(mark.numericValue());
    }

    @Test
    @DisplayName("a mark is stored trimmed and upper-case, with the weight of its work type")
    void normalisesValueAndTakesWeight() {
        Mark mark = new Mark(lesson, student, " зач ", test, "ivanova", NOW);

        assertEquals("ЗАЧ", mark.getValue());
        assertEquals(3, mark.getWeight());
        assertEquals(lesson.getSchool(), mark.getSchool());
    }

    @Test
    @DisplayName("a mark without a work type weighs 1")
    void defaultWeight() {
        assertEquals(1, new Mark(lesson, student, "4", null, "ivanova", NOW).getWeight());
    }

    @ParameterizedTest(name = "«{0}» is refused")
    @ValueSource(strings = {"0", "6", "5+", "4-", "Н", "НА", "ЗАЧЁТ", "10"})
    @NullAndEmptySource
    @DisplayName("values outside 1–5 and ЗАЧ/НЕЗАЧ are refused")
    void refusesOtherValues(String value) {
        assertThrows(IllegalArgumentException.class, () -> new Mark(lesson, student, value, test, "ivanova", NOW));
    }

    @Test
    @DisplayName("a period grade also accepts «н/а» and stores it as «НА»")
    void periodGradeAcceptsNotAssessed() {
        assertEquals("НА", MarkValue.grade("н/а"));
        assertEquals("5", MarkValue.grade("5"));
        assertThrows(IllegalArgumentException.class, () -> MarkValue.grade("Н"));
    }
}
