package ru.ejournal.it.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.support.Fixture.CLASS_TEACHER;
import static ru.ejournal.it.support.Fixture.SUBJECT_TEACHER;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.ConflictException;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.journal.boundary.CellSaved;
import ru.ejournal.journal.boundary.GradeBookCellService;
import ru.ejournal.journal.boundary.HistoryLine;
import ru.ejournal.student.boundary.PersonalData;
import ru.ejournal.student.boundary.StudentService;
import ru.ejournal.student.entity.Gender;
import ru.ejournal.student.entity.Student;

/** Every change to personal data and marks keeps who, when, old and new value; bad input changes nothing. */
@ExtendWith(ArquillianExtension.class)
class ChangeHistoryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    StudentService students;

    @Inject
    GradeBookCellService cells;

    @Inject
    Tx tx;

    Fixture f;

    @BeforeEach
    void createSchool() {
        f = schools.create();
    }

    @Test
    @DisplayName("Editing a student's card records each changed field with the old and the new value")
    void personalDataChangesAreRecorded() throws Exception {
        long version = tx.call(em -> em.find(Student.class, f.studentA()).getVersion());
        PersonalData data = new PersonalData(
                "Кузнецов",
                "Илья",
                "Андреевич",
                LocalDate.now().minusYears(11),
                Gender.M,
                "г. Энск, ул. Лесная, д. 3",
                "+7 (912) 345-67-89");

        Caller.run(f.classTeacherA(), CLASS_TEACHER, () -> students.updatePersonalData(f.studentA(), version, data));

        List<ChangeRecord> history = Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> students.history(f.studentA()));
        Map<String, ChangeRecord> byField = history.stream().collect(Collectors.toMap(ChangeRecord::getField, r -> r));
        assertEquals(
                Map.of(
                        "patronymic",
                        "Андреевич",
                        "homeAddress",
                        "г. Энск, ул. Лесная, д. 3",
                        "phone",
                        "+7 (912) 345-67-89"),
                byField.entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, e -> e.getValue().getNewValue())));
        assertEquals(null, byField.get("patronymic").getOldValue());
        assertTrue(
                history.stream().allMatch(r -> r.getChangedBy().equals(f.classTeacherA()) && r.getChangedAt() != null));
    }

    @Test
    @DisplayName("A second editor with a stale card gets a conflict and the first editor's data stays")
    void staleEditIsRefused() throws Exception {
        long version = tx.call(em -> em.find(Student.class, f.studentA()).getVersion());
        PersonalData first = new PersonalData(
                "Кузнецов", "Илья", null, LocalDate.now().minusYears(11), Gender.M, "Первый адрес", null);
        PersonalData second = new PersonalData(
                "Кузнецов", "Илья", null, LocalDate.now().minusYears(11), Gender.M, "Второй адрес", null);
        Caller.run(f.classTeacherA(), CLASS_TEACHER, () -> students.updatePersonalData(f.studentA(), version, first));

        ConflictException conflict = assertThrows(
                ConflictException.class,
                () -> Caller.run(
                        f.classTeacherA(),
                        CLASS_TEACHER,
                        () -> students.updatePersonalData(f.studentA(), version, second)));

        assertTrue(conflict.getMessage().contains("другой пользователь"));
        assertEquals(
                "Первый адрес",
                tx.call(em -> em.find(Student.class, f.studentA()).getHomeAddress()));
    }

    @Test
    @DisplayName("Invalid personal data is refused with a Russian message and nothing is stored")
    void invalidDataChangesNothing() throws Exception {
        long version = tx.call(em -> em.find(Student.class, f.studentA()).getVersion());
        PersonalData bad =
                new PersonalData("", "Илья", null, LocalDate.now().plusDays(3), Gender.M, "Новый адрес", "12345");

        EJBException refused = assertThrows(
                EJBException.class,
                () -> Caller.run(
                        f.classTeacherA(),
                        CLASS_TEACHER,
                        () -> students.updatePersonalData(f.studentA(), version, bad)));

        ConstraintViolationException violations = cause(refused, ConstraintViolationException.class);
        String messages = violations.getConstraintViolations().stream()
                .map(v -> v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        assertTrue(messages.contains("Укажите фамилию"), messages);
        assertTrue(messages.contains("Дата рождения должна быть в прошлом"), messages);
        assertTrue(messages.contains("Телефон в формате +7 (XXX) XXX-XX-XX"), messages);
        Student stored = tx.call(em -> em.find(Student.class, f.studentA()));
        assertEquals("Кузнецов", stored.getLastName());
        assertEquals(null, stored.getHomeAddress());
        assertTrue(Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> students.history(f.studentA()))
                .isEmpty());
    }

    @Test
    @DisplayName("A changed mark keeps its history: entered 3, then changed to 4, by whom and when")
    void markChangesAreRecorded() throws Exception {
        CellSaved entered = Caller.as(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> cells.saveCell(f.lessonA(), f.studentA(), "3", "", false, null));

        Caller.run(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> cells.saveCell(
                        f.lessonA(), f.studentA(), "4", entered.cell().stamp(), false, null));

        List<HistoryLine> history =
                Caller.as(f.subjectTeacherA(), SUBJECT_TEACHER, () -> cells.cellHistory(f.lessonA(), f.studentA()));
        List<String> valueChanges = history.stream()
                .filter(r -> r.what().equals("отметка"))
                .map(r -> r.oldValue() + "→" + r.newValue())
                .toList();
        assertEquals(List.of("3→4", "null→3"), valueChanges, "newest first");
        assertTrue(history.stream().allMatch(r -> r.changedBy().equals(f.subjectTeacherA())));
        List<String> stored = tx.call(em -> em.createQuery(
                        "select m.value from Mark m where m.student.id = :s and m.lesson.id = :l", String.class)
                .setParameter("s", f.studentA())
                .setParameter("l", f.lessonA())
                .getResultList());
        assertEquals(List.of("4"), stored);
        long records = tx.call(em -> em.createQuery(
                        "select count(c) from ChangeRecord c where c.entityType = 'Mark' and c.field = 'value'",
                        Long.class)
                .getSingleResult());
        assertTrue(records >= 2, "the creation and the change are change records");
    }

    @Test
    @DisplayName("A mark outside 1–5 is refused and no mark is stored")
    void badMarkIsRefused() throws Exception {
        BusinessException refused = assertThrows(
                BusinessException.class,
                () -> Caller.run(
                        f.subjectTeacherA(),
                        SUBJECT_TEACHER,
                        () -> cells.saveCell(f.lessonA(), f.studentA(), "6", "", false, null)));
        assertTrue(refused.getMessage().contains("Отметка — целое число от 1 до 5"), refused.getMessage());
        long stored = tx.call(em -> em.createQuery("select count(m) from Mark m where m.student.id = :s", Long.class)
                .setParameter("s", f.studentA())
                .getSingleResult());
        assertEquals(0L, stored);
    }

    private static <T extends Throwable> T cause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + t);
    }
}
