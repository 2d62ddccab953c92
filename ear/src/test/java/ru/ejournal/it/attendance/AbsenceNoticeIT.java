package ru.ejournal.it.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.support.Fixture.CLASS_TEACHER;
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
import ru.ejournal.attendance.boundary.AbsenceNoticeService;
import ru.ejournal.attendance.boundary.AttendanceService;
import ru.ejournal.attendance.boundary.NoticeLine;
import ru.ejournal.attendance.entity.ExcuseReason;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.ConflictException;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.journal.boundary.GradeBookService;
import ru.ejournal.security.control.AccessDeniedException;

/** A parent's advance notice of absence: accepted into an excuse record or rejected with a reason. */
@ExtendWith(ArquillianExtension.class)
class AbsenceNoticeIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(AbsenceNoticeIT.class);
    }

    @Inject
    TestSchools schools;

    @Inject
    AbsenceNoticeService notices;

    @Inject
    AttendanceService attendance;

    @Inject
    GradeBookService gradeBook;

    Fixture f;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void createSchool() {
        f = schools.create();
    }

    private long notifyToday(ExcuseReason reason) throws Exception {
        return Caller.as(
                f.parentA(), PARENT, () -> notices.notifyAbsence(f.studentA(), today, today, reason, "Визит к врачу"));
    }

    private List<NoticeLine> parentSees() throws Exception {
        return Caller.as(f.parentA(), PARENT, () -> notices.ofStudent(f.studentA()));
    }

    @Test
    @DisplayName("An accepted notice becomes an excuse record: the day's «Н» turns «Б», and the parent sees «принято»")
    void acceptedNoticeExcuses() throws Exception {
        long id = notifyToday(ExcuseReason.ILLNESS);
        assertEquals(
                List.of(id),
                Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> notices.pending(f.classA())).stream()
                        .map(NoticeLine::id)
                        .toList());
        Caller.run(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> gradeBook.saveCell(f.lessonA(), f.studentA(), "Н", "", false, null));

        assertEquals(1, Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> notices.accept(id)));
        String code = Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> attendance.week(f.classA(), today))
                .rows()
                .get(0)
                .code(f.lessonA());
        assertEquals("Б", code);
        assertEquals("принято", parentSees().get(0).status());
        assertTrue(Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> notices.pending(f.classA()))
                .isEmpty());
        assertThrows(
                ConflictException.class,
                () -> Caller.run(f.classTeacherA(), CLASS_TEACHER, () -> notices.reject(id, "поздно")));
    }

    @Test
    @DisplayName("A rejected notice shows the parent the class teacher's reason; a rejection needs a reason")
    void rejectedNoticeExplains() throws Exception {
        long id = notifyToday(ExcuseReason.OTHER);
        Exception blank = assertThrows(
                Exception.class, () -> Caller.run(f.classTeacherA(), CLASS_TEACHER, () -> notices.reject(id, " ")));
        StringBuilder causes = new StringBuilder();
        for (Throwable c = blank; c != null; c = c.getCause()) {
            causes.append(c);
        }
        assertTrue(causes.toString().contains("Укажите причину отказа"), causes.toString());

        Caller.run(f.classTeacherA(), CLASS_TEACHER, () -> notices.reject(id, "Нужна справка от врача"));
        NoticeLine line = parentSees().get(0);
        assertEquals("отклонено", line.status());
        assertEquals("Нужна справка от врача", line.decisionReason());
    }

    @Test
    @DisplayName("Wrong dates are refused; another parent's child, another class's teacher and a student are refused")
    void refusals() throws Exception {
        BusinessException order = assertThrows(
                BusinessException.class,
                () -> Caller.as(
                        f.parentA(),
                        PARENT,
                        () -> notices.notifyAbsence(
                                f.studentA(), today, today.minusDays(1), ExcuseReason.OTHER, null)));
        assertTrue(order.getMessage().contains("раньше"), order.getMessage());
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(
                        f.parentA(),
                        PARENT,
                        () -> notices.notifyAbsence(f.studentB(), today, today, ExcuseReason.OTHER, null)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(
                        f.studentALogin(),
                        STUDENT,
                        () -> notices.notifyAbsence(f.studentA(), today, today, ExcuseReason.OTHER, null)));
        long id = notifyToday(ExcuseReason.OTHER);
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.classTeacherB(), CLASS_TEACHER, () -> notices.accept(id)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.classTeacherB(), CLASS_TEACHER, () -> notices.pending(f.classA())));
        assertEquals("ждёт решения", parentSees().get(0).status());
    }
}
