package ru.ejournal.it.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.support.Fixture.PARENT;
import static ru.ejournal.it.support.Fixture.STUDENT;
import static ru.ejournal.it.support.Fixture.SUBJECT_TEACHER;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.diary.boundary.DiaryPeriod;
import ru.ejournal.diary.boundary.DiaryService;
import ru.ejournal.diary.boundary.DiaryWeek;
import ru.ejournal.it.journal.JournalFixtures;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.journal.boundary.GradeBookCellService;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.VisitKind;

/** The e-diary for parents and students: the week, the period's working, the visit log, refusals. */
@ExtendWith(ArquillianExtension.class)
class DiaryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(DiaryIT.class, JournalFixtures.class);
    }

    @Inject
    TestSchools schools;

    @Inject
    JournalFixtures journal;

    @Inject
    DiaryService diary;

    @Inject
    GradeBookCellService cells;

    @Inject
    Tx tx;

    Fixture f;
    long period;

    @BeforeEach
    void createSchool() {
        f = schools.create();
        period = journal.yearPeriod(f);
    }

    private DiaryWeek.Entry todaysLesson(String login, java.util.Set<String> roles) throws Exception {
        DiaryWeek week = Caller.as(login, roles, () -> diary.week(f.studentA(), LocalDate.now()));
        return week.days().stream()
                .flatMap(d -> d.lessons().stream())
                .filter(e -> e.lessonId() == f.lessonA())
                .findFirst()
                .orElseThrow();
    }

    @Test
    @DisplayName("A mark the teacher saves is in the parent's and the student's diary at once, with the topic")
    void parentSeesMarkAtOnce() throws Exception {
        assertTrue(todaysLesson(f.parentA(), PARENT).marks().isEmpty());
        Caller.run(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> cells.saveCell(f.lessonA(), f.studentA(), "ОП 5", "", false, null));

        DiaryWeek.Entry entry = todaysLesson(f.parentA(), PARENT);
        assertEquals("Математика", entry.subject());
        assertEquals("Натуральные числа", entry.topic());
        assertEquals(List.of("5"), entry.marks().stream().map(m -> m.value()).toList());
        assertEquals("Ответ на уроке", entry.marks().get(0).workType());
        assertEquals("ОП", entry.absence());
        assertEquals(
                List.of("5"),
                todaysLesson(f.studentALogin(), STUDENT).marks().stream()
                        .map(m -> m.value())
                        .toList());
    }

    @Test
    @DisplayName("The diary explains the proposed grade: marks 4, 5, 2, 3 of weight 1 average 3,50 and round up to «4»")
    void whyIsItAFour() throws Exception {
        journal.grow(f, 1, 4);
        DiaryPeriod marks = Caller.as(f.parentA(), PARENT, () -> diary.period(f.studentA(), period));
        DiaryPeriod.SubjectLine math = marks.subjects().stream()
                .filter(s -> s.subject().equals("Математика"))
                .findFirst()
                .orElseThrow();
        assertEquals(4, math.marks().size());
        assertEquals("4", math.summary().proposed());
        assertEquals("3.50", math.summary().average().toPlainString());
        assertTrue(
                math.summary().working().contains("= 14 / 4 = 3,50"),
                math.summary().working());
        assertTrue(
                math.summary().working().contains("от 0,50 округляется вверх → «4»"),
                math.summary().working());
        assertTrue(marks.roundingRule().contains("0,50"), marks.roundingRule());
    }

    @Test
    @DisplayName("Every diary view by a parent is written to the visit log with the child, without the page waiting")
    void diaryViewIsLogged() throws Exception {
        Caller.as(f.parentA(), PARENT, () -> diary.week(f.studentA(), LocalDate.now()));
        long logged = 0;
        for (int i = 0; i < 50 && logged == 0; i++) {
            Thread.sleep(200);
            logged = tx.call(em -> em.createQuery("""
                    select count(v) from VisitEvent v where v.login = :login and v.kind = :kind
                    and v.student.id = :student""", Long.class)
                    .setParameter("login", f.parentA())
                    .setParameter("kind", VisitKind.DIARY_VIEW)
                    .setParameter("student", f.studentA())
                    .getSingleResult());
        }
        assertEquals(1, logged);
    }

    @Test
    @DisplayName("A parent or a student is refused another child's diary; a teacher is refused the children list")
    void otherChildrenAreRefused() throws Exception {
        assertEquals(
                List.of(f.studentA()),
                Caller.as(f.parentA(), PARENT, () -> diary.children()).stream()
                        .map(c -> c.id())
                        .toList());
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.parentA(), PARENT, () -> diary.week(f.studentB(), LocalDate.now())));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.parentA(), PARENT, () -> diary.period(f.studentB(), period)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.studentALogin(), STUDENT, () -> diary.week(f.studentB(), LocalDate.now())));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.parentA(), PARENT, () -> diary.week(f.otherSchoolStudent(), LocalDate.now())));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(f.subjectTeacherA(), SUBJECT_TEACHER, () -> diary.children()));
    }
}
