package ru.ejournal.common.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.ejournal.movement.boundary.ArrivalData;
import ru.ejournal.parent.boundary.ParentData;
import ru.ejournal.parent.boundary.ProposedChanges;
import ru.ejournal.student.boundary.PersonalData;
import ru.ejournal.student.entity.Gender;

/** The pupil's, the arriving pupil's and the parent's records check names and phones by one rule. */
class PersonRecordsValidationTest {

    private static final LocalDate BIRTH = LocalDate.of(2013, 5, 17);

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    @Test
    void validRecordsPass() {
        assertEquals(Set.of(), messages(personal("Иванова", "Мария", "", "+7 (916) 123-45-67")));
        assertEquals(Set.of(), messages(arrival("О'Нил-Петрова", "Анна", null)));
        assertEquals(Set.of(), messages(parent("Иванов", "Пётр", "Сергеевич", "", "+7 (916) 123-45-68")));
    }

    @Test
    void everyRecordGivesTheSameNameMessages() {
        Set<String> expected = new TreeSet<>(
                List.of("Укажите фамилию", "Имя: только буквы, пробел и дефис", "Отчество: не более 100 символов"));
        String longPatronymic = "о".repeat(101);
        assertEquals(expected, messages(personal(" ", "Мария7", longPatronymic, "")));
        assertEquals(expected, messages(arrival(null, "Мария7", longPatronymic)));
        assertEquals(expected, messages(parent("", "Мария7", longPatronymic, null, null)));
    }

    @Test
    void markupInANameIsRefused() {
        assertEquals(
                Set.of("Фамилия: только буквы, пробел и дефис"),
                messages(personal("<script>alert(7)</script>", "Мария", null, null)));
    }

    @Test
    void phonesMustBeInTheCardsFormat() {
        assertEquals(
                Set.of("Телефон в формате +7 (XXX) XXX-XX-XX"),
                messages(personal("Иванова", "Мария", null, "89161234567")));
        assertEquals(
                Set.of("Телефон в формате +7 (XXX) XXX-XX-XX", "Дополнительный телефон в формате +7 (XXX) XXX-XX-XX"),
                messages(parent("Иванов", "Пётр", null, "916", "+7 916 123")));
        assertEquals(
                Set.of("Дополнительный телефон в формате +7 (XXX) XXX-XX-XX"),
                messages(new ProposedChanges("+7 (916) 123-45-67", "x", null, null, List.of())));
    }

    private static Set<String> messages(Object record) {
        Set<ConstraintViolation<Object>> violations = validator.validate(record);
        assertTrue(violations.stream().allMatch(v -> v.getMessage() != null));
        return violations.stream().map(ConstraintViolation::getMessage).collect(Collectors.toCollection(TreeSet::new));
    }

    private static PersonalData personal(String last, String first, String patronymic, String phone) {
        return new PersonalData(last, first, patronymic, BIRTH, Gender.F, "Москва", phone);
    }

    private static ArrivalData arrival(String last, String first, String patronymic) {
        return new ArrivalData(last, first, patronymic, BIRTH, Gender.F, LocalDate.now(), "СОШ № 5", "12-у");
    }

    private static ParentData parent(String last, String first, String patronymic, String phone, String extra) {
        return new ParentData(last, first, patronymic, phone, extra, null, null, null);
    }
}
