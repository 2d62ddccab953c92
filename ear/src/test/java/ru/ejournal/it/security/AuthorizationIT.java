package ru.ejournal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.support.Fixture.ADMIN;
import static ru.ejournal.it.support.Fixture.CLASS_TEACHER;
import static ru.ejournal.it.support.Fixture.DEPUTY;
import static ru.ejournal.it.support.Fixture.PARENT;
import static ru.ejournal.it.support.Fixture.STUDENT;
import static ru.ejournal.it.support.Fixture.SUBJECT_TEACHER;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.journal.boundary.GradeBookCellService;
import ru.ejournal.monitoring.boundary.JournalMonitoringService;
import ru.ejournal.parent.boundary.ParentService;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.student.boundary.StudentService;

/** Every role sees what is theirs and is refused the rest, at the service boundary. */
@ExtendWith(ArquillianExtension.class)
class AuthorizationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    Tx tx;

    @Inject
    AccessControl access;

    @Inject
    StudentService students;

    @Inject
    ParentService parents;

    @Inject
    GradeBookCellService marks;

    @Inject
    JournalMonitoringService monitoring;

    Fixture f;

    @BeforeEach
    void createSchool() {
        f = schools.create();
    }

    @Test
    @DisplayName("The caller's account, read once per transaction, is still refused once blocked in that transaction")
    void callerOncePerTransactionStillRefusesABlock() throws Exception {
        Caller.run(f.classTeacherA(), CLASS_TEACHER, () -> {
            assertThrows(
                    AccessDeniedException.class,
                    () -> tx.call(em -> {
                        UserAccount first = access.caller();
                        assertSame(first, access.caller(), "the transaction's managed account");
                        assertEquals(f.classTeacherA(), first.getLogin());
                        first.setEnabled(false);
                        return access.caller();
                    }));
            // the refusal rolled the block back; a new transaction reads the account anew
            assertEquals(f.classTeacherA(), tx.call(em -> access.caller().getLogin()));
        });
        // another caller gets their own account
        Caller.run(
                f.classTeacherB(),
                CLASS_TEACHER,
                () -> assertEquals(
                        f.classTeacherB(), tx.call(em -> access.caller().getLogin())));
    }

    @Test
    @DisplayName("A class teacher reads the roster of their class and is refused another class")
    void classTeacherSeesOnlyOwnClass() throws Exception {
        int size = Caller.as(
                f.classTeacherA(),
                CLASS_TEACHER,
                () -> students.roster(f.classA()).size());
        assertEquals(1, size);
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(f.classTeacherA(), CLASS_TEACHER, () -> students.roster(f.classB())));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(f.classTeacherA(), CLASS_TEACHER, () -> students.find(f.studentB())));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(f.classTeacherA(), CLASS_TEACHER, () -> students.markVerified(f.studentB())));
    }

    @Test
    @DisplayName("A subject teacher may read the class they teach but not change its students")
    void subjectTeacherReadsTaughtClassOnly() throws Exception {
        assertEquals(
                1,
                Caller.as(
                        f.subjectTeacherA(),
                        SUBJECT_TEACHER,
                        () -> students.roster(f.classA()).size()));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(f.subjectTeacherA(), SUBJECT_TEACHER, () -> students.roster(f.classB())));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(f.subjectTeacherA(), SUBJECT_TEACHER, () -> students.markVerified(f.studentA())));
    }

    @Test
    @DisplayName("A subject teacher marks their own lesson and is refused another teacher's lesson")
    void subjectTeacherMarksOnlyOwnLessons() throws Exception {
        String value = Caller.as(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> marks.saveCell(f.lessonA(), f.studentA(), "5", "", false, null)
                        .cell()
                        .text());
        assertEquals("5", value);
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        f.subjectTeacherA(),
                        SUBJECT_TEACHER,
                        () -> marks.saveCell(f.lessonB(), f.studentB(), "4", "", false, null)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        f.classTeacherA(),
                        CLASS_TEACHER,
                        () -> marks.saveCell(f.lessonA(), f.studentA(), "4", "", false, null)));
    }

    @Test
    @DisplayName("A parent reads their own child and is refused another child")
    void parentSeesOwnChildrenOnly() throws Exception {
        assertEquals(
                f.studentA(),
                Caller.as(f.parentA(), PARENT, () -> parents.myChildren().get(0).getId()));
        assertEquals(
                f.studentA(),
                Caller.as(f.parentA(), PARENT, () -> students.find(f.studentA()).getId()));
        assertThrows(
                AccessDeniedException.class, () -> Caller.run(f.parentA(), PARENT, () -> students.find(f.studentB())));
        assertThrows(
                EJBAccessException.class, () -> Caller.run(f.parentA(), PARENT, () -> students.roster(f.classA())));
    }

    @Test
    @DisplayName("A student reads only themself and nothing of the class teacher's workspace")
    void studentSeesOnlyThemself() throws Exception {
        assertEquals(
                f.studentA(),
                Caller.as(
                        f.studentALogin(),
                        STUDENT,
                        () -> students.find(f.studentA()).getId()));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(f.studentALogin(), STUDENT, () -> students.find(f.studentB())));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(f.studentALogin(), STUDENT, () -> students.roster(f.classA())));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(f.studentALogin(), STUDENT, () -> students.history(f.studentA())));
    }

    @Test
    @DisplayName("The deputy director and the admin see their own school, never another school")
    void schoolWideRolesStayInTheirSchool() throws Exception {
        assertTrue(Caller.as(f.deputy(), DEPUTY, () -> monitoring.openViolations(f.schoolId(), 0, 10))
                .isEmpty());
        assertEquals(
                2,
                Caller.as(
                        f.admin(),
                        ADMIN,
                        () -> students.roster(f.classA()).size()
                                + students.roster(f.classB()).size()));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(f.otherSchoolDeputy(), DEPUTY, () -> monitoring.openViolations(f.schoolId(), 0, 10)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(f.otherSchoolAdmin(), ADMIN, () -> students.find(f.studentA())));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(
                        f.classTeacherA(), CLASS_TEACHER, () -> monitoring.openViolations(f.schoolId(), 0, 10)));
    }

    @Test
    @DisplayName("An identity without an account in the journal is refused")
    void unknownCallerIsRefused() {
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run("nobody-" + f.schoolId(), ADMIN, () -> students.find(f.studentA())));
    }
}
