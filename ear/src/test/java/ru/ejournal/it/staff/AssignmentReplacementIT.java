package ru.ejournal.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.it.classteacher.Failures;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.journal.boundary.AssignmentOption;
import ru.ejournal.journal.boundary.GradeBookCellService;
import ru.ejournal.journal.boundary.GradeBookPage;
import ru.ejournal.journal.boundary.GradeBookService;
import ru.ejournal.journal.boundary.LessonService;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.journal.entity.Mark;
import ru.ejournal.journal.entity.WorkType;
import ru.ejournal.school.entity.TeachingAssignment;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.control.PasswordHasher;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.staff.boundary.AssignmentData;
import ru.ejournal.staff.boundary.AssignmentRow;
import ru.ejournal.staff.boundary.AssignmentService;
import ru.ejournal.staff.entity.StaffMember;
import ru.ejournal.student.entity.Student;

/**
 * A replacement teacher from today: the earlier teacher's assignment ends yesterday, their lessons and
 * marks stay and the new teacher sees them in the grid; the new teacher writes from the start date
 * (the earlier lessons are read only for them) and the earlier teacher writes nothing any more.
 */
@ExtendWith(ArquillianExtension.class)
class AssignmentReplacementIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    AssignmentService assignments;

    @Inject
    GradeBookService gradeBook;

    @Inject
    GradeBookCellService cells;

    @Inject
    LessonService lessonService;

    @Inject
    PasswordHasher hasher;

    @Inject
    Tx tx;

    Fixture f;
    LocalDate today = LocalDate.now();
    long assignment;
    long period;
    long earlierLesson;
    long newTeacherId;
    String newTeacher;

    @BeforeEach
    void createSchool() {
        f = schools.create();
        newTeacher = "nov-" + f.schoolId();
        tx.call(em -> {
            Lesson lessonA = em.find(Lesson.class, f.lessonA());
            TeachingAssignment a = em.createQuery(
                            "select a from TeachingAssignment a where a.schoolClass.id = :c", TeachingAssignment.class)
                    .setParameter("c", f.classA())
                    .getSingleResult();
            assignment = a.getId();
            period = em.createQuery("select p.id from StudyPeriod p where p.school.id = :s", Long.class)
                    .setParameter("s", f.schoolId())
                    .getSingleResult();
            Lesson earlier = new Lesson(
                    lessonA.getSchoolClass(), null, lessonA.getSubject(), lessonA.getTeacher(), today.minusDays(5), 2);
            em.persist(earlier);
            WorkType oral = lessonA.getWorkType();
            em.persist(new Mark(
                    earlier, em.find(Student.class, f.studentA()), "5", oral, f.subjectTeacherA(), Instant.now()));
            StaffMember member = new StaffMember(lessonA.getSchool(), "Новикова", "Вера", "Андреевна");
            em.persist(member);
            UserAccount account = new UserAccount(
                    lessonA.getSchool(),
                    newTeacher,
                    hasher.hash(Fixture.PASSWORD),
                    EnumSet.of(Role.SUBJECT_TEACHER),
                    Instant.now());
            account.setStaffMember(member);
            account.setMustChangePassword(false);
            em.persist(account);
            em.flush();
            earlierLesson = earlier.getId();
            newTeacherId = member.getId();
            return null;
        });
    }

    private void write(String login, long lessonId, String value) throws Exception {
        write(login, lessonId, value, null);
    }

    private void write(String login, long lessonId, String value, String stamp) throws Exception {
        Caller.run(
                login,
                Fixture.SUBJECT_TEACHER,
                () -> cells.saveCell(lessonId, f.studentA(), value, stamp, false, period));
    }

    @Test
    @DisplayName(
            "After the replacement the earlier teacher is refused, the new one sees the earlier marks and writes from the start date")
    void replacementKeepsTheEarlierMarks() throws Exception {
        Caller.run(f.admin(), Fixture.ADMIN, () -> assignments.end(assignment, today));
        write(f.subjectTeacherA(), f.lessonA(), "3");

        AssignmentRow replacement =
                Caller.as(f.admin(), Fixture.ADMIN, () -> assignments.replace(assignment, newTeacherId, today));

        assertEquals(today, replacement.startDate());
        assertEquals(newTeacherId, replacement.teacherId());
        assertEquals(
                today.minusDays(1),
                tx.call(em -> em.find(TeachingAssignment.class, assignment).getEndDate()));
        assertRefused(() -> write(f.subjectTeacherA(), f.lessonA(), "4"));
        assertRefused(() -> write(f.subjectTeacherA(), earlierLesson, "4"));
        assertRefused(() -> Caller.run(
                f.subjectTeacherA(),
                Fixture.SUBJECT_TEACHER,
                () -> lessonService.updateLesson(earlierLesson, 0, "Тема", null, null, true)));
        assertEquals(
                List.of(), Caller.as(f.subjectTeacherA(), Fixture.SUBJECT_TEACHER, () -> gradeBook.myAssignments()));

        GradeBookPage page = Caller.as(newTeacher, Fixture.SUBJECT_TEACHER, () -> gradeBook.page(null, period));
        assertEquals(
                List.of(replacement.id()),
                page.assignments().stream().map(AssignmentOption::id).toList());
        assertEquals("5", page.book().rows().get(0).cell(earlierLesson).text(), "the earlier mark is in the new grid");
        assertEquals("3", page.book().rows().get(0).cell(f.lessonA()).text());
        write(
                newTeacher,
                f.lessonA(),
                "4",
                page.book().rows().get(0).cell(f.lessonA()).stamp());
        assertRefused(() -> write(newTeacher, earlierLesson, "4"));

        List<String> marks = tx.call(em -> em.createQuery(
                        "select m.value from Mark m where m.lesson.id in :lessons order by m.lesson.lessonDate",
                        String.class)
                .setParameter("lessons", List.of(earlierLesson, f.lessonA()))
                .getResultList());
        assertEquals(List.of("5", "4"), marks);
    }

    @Test
    @DisplayName(
            "Dates outside the year, an end before the start and an overlapping assignment are refused; nothing is stored")
    void refusesBadDates() throws Exception {
        LocalDate yearStart = tx.call(em ->
                em.find(TeachingAssignment.class, assignment).getAcademicYear().getStartDate());
        Long subject = tx.call(
                em -> em.find(TeachingAssignment.class, assignment).getSubject().getId());
        long before = count();

        assertTrue(Failures.messageOf(() -> create(
                        new AssignmentData(newTeacherId, f.classA(), subject, null, yearStart.minusDays(1), null)))
                .startsWith("Даты нагрузки должны быть внутри учебного года"));
        assertEquals(
                "Последний день нагрузки раньше первого",
                Failures.messageOf(() -> create(new AssignmentData(
                        newTeacherId, f.classA(), subject, null, yearStart.plusDays(10), yearStart.plusDays(9)))));
        create(new AssignmentData(newTeacherId, f.classA(), subject, null, yearStart, yearStart.plusDays(30)));
        assertEquals(
                "У учителя уже есть эта нагрузка на эти даты",
                Failures.messageOf(() -> create(
                        new AssignmentData(newTeacherId, f.classA(), subject, null, yearStart.plusDays(30), null))));
        assertEquals(before + 1, count());
        assertEquals(
                "Последний день не может быть раньше первого ("
                        + String.format(
                                "%02d.%02d.%d",
                                yearStart.getDayOfMonth(), yearStart.getMonthValue(), yearStart.getYear())
                        + ")",
                Failures.messageOf(() -> Caller.run(
                        f.admin(),
                        Fixture.ADMIN,
                        () -> assignments.end(
                                assignments
                                        .page(0, 10, null, newTeacherId)
                                        .get(0)
                                        .id(),
                                yearStart.minusDays(1)))));
    }

    @Test
    @DisplayName("Only the administrator of the school creates, ends and replaces assignments")
    void refusals() throws Exception {
        Long subject = tx.call(
                em -> em.find(TeachingAssignment.class, assignment).getSubject().getId());
        AssignmentData data = new AssignmentData(newTeacherId, f.classA(), subject, null, null, null);
        assertRefused(() -> Caller.run(f.otherSchoolAdmin(), Fixture.ADMIN, () -> assignments.create(data)));
        assertRefused(() -> Caller.run(f.otherSchoolAdmin(), Fixture.ADMIN, () -> assignments.end(assignment, today)));
        assertRefused(() -> Caller.run(
                f.otherSchoolAdmin(), Fixture.ADMIN, () -> assignments.replace(assignment, newTeacherId, today)));
        for (String[] who : new String[][] {{f.classTeacherA(), "CT"}, {f.deputy(), "DEP"}, {f.parentA(), "PAR"}}) {
            Set<String> roles = who[1].equals("CT")
                    ? Fixture.CLASS_TEACHER
                    : who[1].equals("DEP") ? Fixture.DEPUTY : Fixture.PARENT;
            assertRefused(() -> Caller.run(who[0], roles, () -> assignments.create(data)));
            assertRefused(() -> Caller.run(who[0], roles, () -> assignments.end(assignment, today)));
            assertRefused(() -> Caller.run(who[0], roles, () -> assignments.page(0, 10, f.classA(), null)));
        }
        LocalDate end =
                tx.call(em -> em.find(TeachingAssignment.class, assignment).getEndDate());
        assertEquals(null, end, "nothing was ended by anyone refused");
    }

    private void create(AssignmentData data) throws Exception {
        Caller.run(f.admin(), Fixture.ADMIN, () -> assignments.create(data));
    }

    private long count() {
        return tx.call(
                em -> em.createQuery("select count(a) from TeachingAssignment a where a.school.id = :s", Long.class)
                        .setParameter("s", f.schoolId())
                        .getSingleResult());
    }

    private static void assertRefused(org.junit.jupiter.api.function.Executable action) {
        Exception e = assertThrows(Exception.class, action);
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof AccessDeniedException || c instanceof EJBAccessException) {
                return;
            }
        }
        throw new AssertionError("expected a refusal of access", e);
    }
}
