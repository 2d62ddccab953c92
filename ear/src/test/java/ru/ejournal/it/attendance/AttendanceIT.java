package ru.ejournal.it.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.support.Fixture.CLASS_TEACHER;
import static ru.ejournal.it.support.Fixture.PARENT;
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
import ru.ejournal.attendance.boundary.AttendanceService;
import ru.ejournal.attendance.boundary.AttendanceWeek;
import ru.ejournal.attendance.entity.ExcuseReason;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.journal.boundary.GradeBookCellService;
import ru.ejournal.security.control.AccessDeniedException;

/** The class teacher's attendance week: excuse records turn «Н» into «Б» or «У» with history; refusals. */
@ExtendWith(ArquillianExtension.class)
class AttendanceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    AttendanceService attendance;

    @Inject
    GradeBookCellService cells;

    @Inject
    Tx tx;

    Fixture f;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void createSchool() throws Exception {
        f = schools.create();
        Caller.run(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> cells.saveCell(f.lessonA(), f.studentA(), "Н", "", false, null));
    }

    private String codeInWeek() throws Exception {
        AttendanceWeek week = Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> attendance.week(f.classA(), today));
        return week.rows().stream()
                .filter(r -> r.studentId() == f.studentA())
                .findFirst()
                .orElseThrow()
                .code(f.lessonA());
    }

    @Test
    @DisplayName("A doctor's note turns the week's «Н» into «Б», listed with the week, and the change keeps its reason")
    void illnessNoteExcusesAbsence() throws Exception {
        assertEquals("Н", codeInWeek());
        int excused = Caller.as(
                f.classTeacherA(),
                CLASS_TEACHER,
                () -> attendance.addExcuse(
                        f.studentA(), today.minusDays(2), today, ExcuseReason.ILLNESS, "справка", "ОРВИ"));
        assertEquals(1, excused);
        assertEquals("Б", codeInWeek());

        AttendanceWeek week = Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> attendance.week(f.classA(), today));
        assertEquals(1, week.excuses().size());
        assertEquals("справка", week.excuses().get(0).document());
        assertEquals(f.classTeacherA(), week.excuses().get(0).createdBy());

        List<ChangeRecord> changes = tx.call(em -> em.createQuery("""
                select c from ChangeRecord c where c.entityType = 'Absence' and c.field = 'code'
                and c.oldValue = 'N' and c.newValue = 'B' and c.school.id = :school""", ChangeRecord.class)
                .setParameter("school", f.schoolId())
                .getResultList());
        assertEquals(1, changes.size());
        assertEquals(f.classTeacherA(), changes.get(0).getChangedBy());
        assertTrue(
                changes.get(0).getReason().contains("справка"), changes.get(0).getReason());
    }

    @Test
    @DisplayName("A parents' statement for another reason turns «Н» into «У»; days outside the record stay «Н»")
    void otherReasonExcusesOnlyItsDays() throws Exception {
        int outside = Caller.as(
                f.classTeacherA(),
                CLASS_TEACHER,
                () -> attendance.addExcuse(
                        f.studentA(),
                        today.minusDays(10),
                        today.minusDays(1),
                        ExcuseReason.OTHER,
                        "заявление родителей",
                        null));
        assertEquals(0, outside);
        assertEquals("Н", codeInWeek());
        Caller.run(
                f.classTeacherA(),
                CLASS_TEACHER,
                () -> attendance.addExcuse(
                        f.studentA(), today, today, ExcuseReason.OTHER, "заявление родителей", null));
        assertEquals("У", codeInWeek());
    }

    @Test
    @DisplayName("An excuse with the end before the start or without a document is refused with a Russian message")
    void invalidExcuseIsRefused() throws Exception {
        BusinessException order = assertThrows(
                BusinessException.class,
                () -> Caller.as(
                        f.classTeacherA(),
                        CLASS_TEACHER,
                        () -> attendance.addExcuse(
                                f.studentA(), today, today.minusDays(1), ExcuseReason.ILLNESS, "справка", null)));
        assertTrue(order.getMessage().contains("раньше"), order.getMessage());
        Exception blank = assertThrows(
                Exception.class,
                () -> Caller.as(
                        f.classTeacherA(),
                        CLASS_TEACHER,
                        () -> attendance.addExcuse(f.studentA(), today, today, ExcuseReason.ILLNESS, " ", null)));
        assertTrue(causes(blank).contains("Укажите документ"), causes(blank));
        assertEquals("Н", codeInWeek());
    }

    @Test
    @DisplayName("Another class's teacher, a subject teacher and a parent are refused the week and the excuses")
    void othersAreRefused() throws Exception {
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.classTeacherB(), CLASS_TEACHER, () -> attendance.week(f.classA(), today)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(
                        f.classTeacherB(),
                        CLASS_TEACHER,
                        () -> attendance.addExcuse(f.studentA(), today, today, ExcuseReason.ILLNESS, "справка", null)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(f.subjectTeacherA(), SUBJECT_TEACHER, () -> attendance.week(f.classA(), today)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(
                        f.parentA(),
                        PARENT,
                        () -> attendance.addExcuse(f.studentA(), today, today, ExcuseReason.ILLNESS, "справка", null)));
        assertEquals("Н", codeInWeek());
    }

    private static String causes(Throwable t) {
        StringBuilder text = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            text.append(c).append(" | ");
        }
        return text.toString();
    }
}
