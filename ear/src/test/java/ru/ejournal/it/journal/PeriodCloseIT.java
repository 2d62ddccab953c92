package ru.ejournal.it.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.support.Fixture.ADMIN;
import static ru.ejournal.it.support.Fixture.CLASS_TEACHER;
import static ru.ejournal.it.support.Fixture.DEPUTY;
import static ru.ejournal.it.support.Fixture.PARENT;
import static ru.ejournal.it.support.Fixture.SUBJECT_TEACHER;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import ru.ejournal.attendance.entity.Absence;
import ru.ejournal.attendance.entity.AbsenceExcuse;
import ru.ejournal.attendance.entity.ExcuseReason;
import ru.ejournal.batch.operations.BatchJobs;
import ru.ejournal.batch.operations.ExecutionSummary;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.journal.boundary.GradeBookCell;
import ru.ejournal.journal.boundary.GradeBookCellService;
import ru.ejournal.journal.boundary.LessonChangeService;
import ru.ejournal.journal.boundary.PeriodGradeService;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.school.boundary.ClosablePeriod;
import ru.ejournal.school.boundary.PeriodChange;
import ru.ejournal.school.boundary.PeriodClosingService;
import ru.ejournal.school.entity.School;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.student.entity.Student;

/**
 * Closing a period with a reason freezes its marks, period grades and absences on every path (the grid,
 * the cell save with a mark, the period grade, the class teacher's excuse, an accepted parent's notice, the
 * reconciliation job, lesson changes); reopening with a reason lets them work again; both are in the
 * period's history; a teacher or another school's administrator may not close it.
 */
@ExtendWith(ArquillianExtension.class)
class PeriodCloseIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    JournalFixtures journal;

    @Inject
    Tx tx;

    @Inject
    PeriodClosingService periods;

    @Inject
    GradeBookCellService cells;

    @Inject
    PeriodGradeService periodGrades;

    @Inject
    AttendanceService attendance;

    @Inject
    AbsenceNoticeService notices;

    @Inject
    LessonChangeService changes;

    @Inject
    BatchJobs jobs;

    Fixture f;
    long assignment;
    long period;

    @BeforeEach
    void createSchool() {
        f = schools.create();
        assignment = journal.assignmentA(f);
        period = journal.yearPeriod(f);
    }

    @Test
    @DisplayName("Close and reopen with a reason and history; a closed period's data stays unchanged on every path")
    void closedPeriodRefusesEveryPath() throws Exception {
        LocalDate today = LocalDate.now();
        Caller.as(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> cells.saveCell(f.lessonA(), f.studentA(), "Н", "", false, period));
        long notice = Caller.as(
                f.parentA(),
                PARENT,
                () -> notices.notifyAbsence(f.studentA(), today, today, ExcuseReason.ILLNESS, "Температура", null));

        Caller.run(f.admin(), ADMIN, () -> periods.close(period, "Итоги года подведены"));

        ClosablePeriod row = Caller.as(f.deputy(), DEPUTY, () -> periods.periods()).stream()
                .filter(p -> p.id() == period)
                .findFirst()
                .orElseThrow();
        assertTrue(row.closed());
        assertEquals(f.admin(), row.changedBy());
        assertEquals("Итоги года подведены", row.reason());

        assertClosed(() -> Caller.as(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> cells.saveCell(f.lessonA(), f.studentA(), "5", "", false, period)));
        assertClosed(() -> Caller.as(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> cells.saveCell(f.lessonA(), f.studentA(), "Н 5", "", true, period)));
        assertClosed(() -> Caller.as(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> periodGrades.savePeriodGrade(assignment, period, f.studentA(), "5", null)));
        assertClosed(() -> Caller.as(
                f.classTeacherA(),
                CLASS_TEACHER,
                () -> attendance.addExcuse(f.studentA(), today, today, ExcuseReason.ILLNESS, "Справка № 12", null)));
        assertClosed(() -> Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> notices.accept(notice)));
        assertClosed(() -> Caller.as(f.admin(), ADMIN, () -> {
            changes.cancel(f.lessonB(), "Карантин");
            return null;
        }));
        assertClosed(() -> Caller.as(f.admin(), ADMIN, () -> {
            changes.move(f.lessonB(), today.minusDays(1), 2, "Перенос");
            return null;
        }));
        assertEquals("N", absenceCode(), "the absence is still «Н»");
        assertEquals(0L, count("select count(e) from AbsenceExcuse e where e.student.id = " + f.studentA()));
        assertTrue(
                Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> notices.pending(f.classA())).stream()
                        .map(NoticeLine::id)
                        .anyMatch(id -> id == notice),
                "the notice is still waiting");
        assertFalse(lesson(f.lessonB()).isCancelled());

        excuseStoredDirectly(today);
        ExecutionSummary closedRun = reconcile(today);
        assertEquals("COMPLETED", closedRun.batchStatus(), closedRun.toString());
        assertEquals("N", absenceCode(), "reconciliation does not correct a closed period's absence");
        assertEquals(List.of("EXCUSE_IN_CLOSED_PERIOD"), findings());
        assertEquals(
                0L,
                count("select count(c) from ChangeRecord c where c.changedBy = 'attendance-reconciliation'"
                        + " and c.school.id = " + f.schoolId()));

        Caller.run(f.deputy(), DEPUTY, () -> periods.reopen(period, "Апелляция по отметке"));

        List<PeriodChange> history = Caller.as(f.admin(), ADMIN, () -> periods.history(period));
        assertEquals(2, history.size());
        assertFalse(history.get(0).closed());
        assertEquals(f.deputy(), history.get(0).changedBy());
        assertEquals("Апелляция по отметке", history.get(0).reason());
        assertTrue(history.get(1).closed());

        ExecutionSummary openRun = reconcile(today);
        assertEquals("COMPLETED", openRun.batchStatus(), openRun.toString());
        assertEquals("B", absenceCode(), "after reopening the excuse is applied");
        assertEquals(List.of("EXCUSE_APPLIED"), findings());
        GradeBookCell absent =
                Caller.as(f.subjectTeacherA(), SUBJECT_TEACHER, () -> cells.cell(f.lessonA(), f.studentA()));
        assertEquals(
                "Б 4",
                Caller.as(
                                f.subjectTeacherA(),
                                SUBJECT_TEACHER,
                                () -> cells.saveCell(
                                        f.lessonA(), f.studentA(), absent.text() + " 4", absent.stamp(), true, period))
                        .cell()
                        .text());
        assertEquals(
                "5",
                Caller.as(
                                f.subjectTeacherA(),
                                SUBJECT_TEACHER,
                                () -> periodGrades.savePeriodGrade(assignment, period, f.studentA(), "5", null))
                        .text());
        Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> notices.accept(notice));
        Caller.as(
                f.classTeacherA(),
                CLASS_TEACHER,
                () -> attendance.addExcuse(f.studentA(), today, today, ExcuseReason.OTHER, "Заявление", null));
        Caller.run(f.admin(), ADMIN, () -> changes.cancel(f.lessonB(), "Карантин"));
        assertTrue(lesson(f.lessonB()).isCancelled());
    }

    @Test
    @DisplayName("A teacher may not close a period, nor another school's administrator; a reason is required")
    void refusals() throws Exception {
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(f.subjectTeacherA(), SUBJECT_TEACHER, () -> periods.close(period, "Хочу")));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(f.classTeacherA(), CLASS_TEACHER, () -> periods.close(period, "Хочу")));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(f.otherSchoolAdmin(), ADMIN, () -> periods.close(period, "Чужая школа")));
        assertThrows(Exception.class, () -> Caller.run(f.admin(), ADMIN, () -> periods.close(period, " ")));
        assertFalse(Caller.as(f.admin(), ADMIN, () -> periods.periods()).get(0).closed());
        assertTrue(Caller.as(f.admin(), ADMIN, () -> periods.history(period)).isEmpty());
    }

    private static void assertClosed(org.junit.jupiter.api.function.Executable change) {
        BusinessException refused = assertThrows(BusinessException.class, change);
        assertTrue(refused.getMessage().contains("закрыт"), refused.getMessage());
    }

    private String absenceCode() {
        return tx.call(em -> em.createQuery(
                        "select a from Absence a where a.lesson.id = :l and a.student.id = :s", Absence.class)
                .setParameter("l", f.lessonA())
                .setParameter("s", f.studentA())
                .getSingleResult()
                .getCode()
                .name());
    }

    private long count(String jpql) {
        return tx.call(em -> em.createQuery(jpql, Long.class).getSingleResult());
    }

    private Lesson lesson(long id) {
        return tx.call(em -> em.find(Lesson.class, id));
    }

    /** An excuse as an import would store it, without the service's closed-period check. */
    private void excuseStoredDirectly(LocalDate day) {
        tx.call(em -> {
            em.persist(new AbsenceExcuse(
                    em.find(Student.class, f.studentA()),
                    day,
                    day,
                    ExcuseReason.ILLNESS,
                    "Справка из поликлиники",
                    "import",
                    Instant.now()));
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private List<String> findings() {
        return tx.call(em -> (List<String>) em.createNativeQuery(
                        "SELECT kind FROM reconciliation_finding WHERE student_id = ? AND lesson_id = ? ORDER BY kind")
                .setParameter(1, f.studentA())
                .setParameter(2, f.lessonA())
                .getResultList());
    }

    private ExecutionSummary reconcile(LocalDate day) throws Exception {
        String school = tx.call(em -> em.find(School.class, f.schoolId()).getCode());
        Map<String, String> parameters = Map.of("schoolCode", school, "from", day.toString(), "to", day.toString());
        long id = Caller.as(f.admin(), ADMIN, () -> jobs.start(BatchJobs.RECONCILIATION, parameters));
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            ExecutionSummary summary = Caller.as(f.admin(), ADMIN, () -> jobs.execution(id));
            if (!summary.running()) {
                return summary;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("reconciliation still running: " + summary);
            }
            Thread.sleep(250);
        }
    }
}
