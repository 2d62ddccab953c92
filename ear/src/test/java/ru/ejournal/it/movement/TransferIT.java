package ru.ejournal.it.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.support.Fixture.ADMIN;
import static ru.ejournal.it.support.Fixture.CLASS_TEACHER;
import static ru.ejournal.it.support.Fixture.DEPUTY;
import static ru.ejournal.it.support.Fixture.PARENT;
import static ru.ejournal.it.support.Fixture.SUBJECT_TEACHER;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
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
import ru.ejournal.batch.operations.BatchJobs;
import ru.ejournal.batch.operations.ExecutionSummary;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.diary.boundary.ChildOption;
import ru.ejournal.diary.boundary.DiaryPeriod;
import ru.ejournal.diary.boundary.DiaryService;
import ru.ejournal.diary.boundary.DiaryWeek;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.journal.boundary.GradeBook;
import ru.ejournal.journal.boundary.GradeBookCellService;
import ru.ejournal.journal.boundary.GradeBookService;
import ru.ejournal.movement.boundary.MovementRow;
import ru.ejournal.movement.boundary.MovementService;
import ru.ejournal.movement.boundary.TransferData;
import ru.ejournal.movement.boundary.TransferRow;
import ru.ejournal.movement.boundary.TransferService;
import ru.ejournal.movement.entity.MovementKind;
import ru.ejournal.movement.entity.MovementStatus;
import ru.ejournal.operations.boundary.AnalyticsRow;
import ru.ejournal.operations.boundary.PeriodAnalyticsResults;
import ru.ejournal.parent.entity.Parent;
import ru.ejournal.parent.entity.StudentParent;
import ru.ejournal.school.entity.School;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.student.entity.Student;
import ru.ejournal.student.entity.StudentStatus;

/**
 * Transfers: a pupil to another class of the school from a date (marks stay where they were given,
 * both grids show their part, the diary, the proposed grade and the analytics count all of them in
 * the class of the period's last day), and to another school (new records linked to frozen old ones,
 * the family's accounts follow); who may do it and who may not.
 */
@ExtendWith(ArquillianExtension.class)
class TransferIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    Tx tx;

    @Inject
    TransferService transfers;

    @Inject
    MovementService movements;

    @Inject
    GradeBookService gradeBook;

    @Inject
    GradeBookCellService cells;

    @Inject
    DiaryService diary;

    @Inject
    BatchJobs jobs;

    @Inject
    PeriodAnalyticsResults analytics;

    Fixture f;
    long period;
    final LocalDate today = LocalDate.now();
    final LocalDate transferDay = today.minusDays(7);

    @BeforeEach
    void createSchool() {
        f = schools.create();
        period = tx.call(em -> MovementData.yearPeriod(em, f.schoolId()));
    }

    private long lesson(long classId, LocalDate day) {
        return tx.call(em -> MovementData.lesson(em, classId, day, 3));
    }

    private String save(String teacher, long lesson, long student, String value) throws Exception {
        return Caller.as(teacher, SUBJECT_TEACHER, () -> cells.saveCell(lesson, student, value, "", false, period))
                .cell()
                .text();
    }

    private static GradeBook.Row row(GradeBook book, long studentId) {
        return book.rows().stream()
                .filter(r -> r.studentId() == studentId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + studentId + " in " + book.title()));
    }

    @Test
    @DisplayName("Class transfer 5Б → 5А: each mark stays in its grid, the old grid refuses saves after the date,"
            + " diary and proposed grade show both parts, analytics count the pupil in 5А")
    void classTransferKeepsEveryMarkWhereItBelongs() throws Exception {
        long b1 = lesson(f.classB(), today.minusDays(20));
        long b2 = lesson(f.classB(), today.minusDays(10));
        long b4 = lesson(f.classB(), today.minusDays(3));
        long a2 = lesson(f.classA(), today.minusDays(12));
        long a3 = lesson(f.classA(), today.minusDays(5));
        assertEquals("5", save(f.classTeacherB(), b1, f.studentB(), "5"));
        assertEquals("3", save(f.classTeacherB(), b2, f.studentB(), "3"));

        TransferRow done = Caller.as(
                f.admin(),
                ADMIN,
                () -> transfers.transferToClass(f.studentB(), new TransferData(f.classA(), transferDay, "12-к")));

        assertEquals(MovementKind.TRANSFER, done.kind());
        assertEquals(MovementStatus.EXECUTED, done.status());
        assertEquals("5Б", done.fromClass());
        assertEquals("5А", done.toClass());
        assertEquals("12-к", done.orderNumber());
        assertEquals("4", save(f.subjectTeacherA(), a3, f.studentB(), "4"));
        assertEquals("5", save(f.subjectTeacherA(), f.lessonA(), f.studentB(), "5"));
        BusinessException afterDate =
                assertThrows(BusinessException.class, () -> save(f.classTeacherB(), b4, f.studentB(), "5"));
        assertTrue(afterDate.getMessage().contains("переведён"), afterDate.getMessage());
        BusinessException beforeDate =
                assertThrows(BusinessException.class, () -> save(f.subjectTeacherA(), a2, f.studentB(), "5"));
        assertTrue(beforeDate.getMessage().contains("переведён"), beforeDate.getMessage());

        long assignmentA = tx.call(em -> MovementData.assignment(em, f.classA()));
        long assignmentB = tx.call(em -> MovementData.assignment(em, f.classB()));
        GradeBook oldGrid = Caller.as(f.classTeacherB(), CLASS_TEACHER, () -> gradeBook.load(assignmentB, period));
        GradeBook.Row inOld = row(oldGrid, f.studentB());
        assertEquals(transferDay.minusDays(1), inOld.activeUntil(), "the old class lists the pupil until the day");
        assertEquals("5", inOld.cell(b1).text());
        assertEquals("3", inOld.cell(b2).text());
        assertEquals("", inOld.cell(b4).text());
        assertTrue(inOld.outside(today.minusDays(3)), "a cell after the date is read-only");
        assertFalse(inOld.outside(today.minusDays(10)));

        GradeBook newGrid = Caller.as(f.subjectTeacherA(), SUBJECT_TEACHER, () -> gradeBook.load(assignmentA, period));
        GradeBook.Row inNew = row(newGrid, f.studentB());
        assertEquals(transferDay, inNew.activeFrom());
        assertNull(inNew.activeUntil());
        assertEquals("4", inNew.cell(a3).text());
        assertEquals("5", inNew.cell(f.lessonA()).text());
        assertEquals("", inNew.cell(a2).text());
        assertTrue(inNew.outside(today.minusDays(12)), "a cell before the date is read-only");
        assertEquals(4, inNew.summary().markCount(), "the proposed grade counts both classes' marks");
        assertEquals(0, new BigDecimal("4.25").compareTo(inNew.summary().average()));
        assertEquals("4", inNew.summary().proposed());
        assertEquals(2, newGrid.rows().size(), "5А: its own pupil and the transferred one");

        DiaryPeriod diaryPeriod = Caller.as(f.admin(), ADMIN, () -> diary.period(f.studentB(), period));
        DiaryPeriod.SubjectLine math = diaryPeriod.subjects().stream()
                .filter(s -> s.subject().equals("Математика"))
                .findFirst()
                .orElseThrow();
        assertEquals(4, math.marks().size());
        assertEquals(0, new BigDecimal("4.25").compareTo(math.summary().average()));
        assertTrue(lessonsOfWeek(today.minusDays(20)).contains(b1), "the diary shows 5Б's lessons before");
        List<Long> lastWeek = lessonsOfWeek(today.minusDays(3));
        assertFalse(lastWeek.contains(b4), "and not 5Б's after the date");
        assertTrue(lessonsOfWeek(today.minusDays(5)).contains(a3), "5А's lessons after");

        String schoolCode = tx.call(em -> em.find(School.class, f.schoolId()).getCode());
        ExecutionSummary run = runJob(Map.of("schoolCode", schoolCode, "periodCode", "Y"));
        assertEquals("COMPLETED", run.batchStatus(), run.toString());
        AnalyticsRow classA = Caller.as(f.deputy(), DEPUTY, () -> analytics.ofClass(f.classA(), period))
                .get(0);
        assertEquals(2, classA.students(), "the pupil counts in 5А, where they are on the period's last day");
        assertEquals(0, new BigDecimal("4.25").compareTo(classA.averageMark()), "with all their marks");
        List<AnalyticsRow> classB = Caller.as(f.deputy(), DEPUTY, () -> analytics.ofClass(f.classB(), period));
        assertTrue(classB.stream().allMatch(r -> r.students() == 0), "and not in 5Б: " + classB);
    }

    private List<Long> lessonsOfWeek(LocalDate day) throws Exception {
        DiaryWeek week = Caller.as(f.admin(), ADMIN, () -> diary.week(f.studentB(), day));
        return week.days().stream()
                .flatMap(d -> d.lessons().stream())
                .map(DiaryWeek.Entry::lessonId)
                .toList();
    }

    private ExecutionSummary runJob(Map<String, String> parameters) throws Exception {
        long id = Caller.as(f.admin(), ADMIN, () -> jobs.start(BatchJobs.ANALYTICS, parameters));
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            ExecutionSummary summary = Caller.as(f.admin(), ADMIN, () -> jobs.execution(id));
            if (!summary.running() || System.nanoTime() > deadline) {
                return summary;
            }
            Thread.sleep(250);
        }
    }

    @Test
    @DisplayName("The class teacher's transfer request is executed from the admin's movement queue under an order")
    void classTeacherRequestIsExecutedByTheAdmin() throws Exception {
        MovementRow filed = Caller.as(
                f.classTeacherB(),
                CLASS_TEACHER,
                () -> transfers.fileClassTransfer(f.studentB(), f.classA(), transferDay));
        assertEquals(MovementKind.TRANSFER, filed.kind());
        assertEquals("5А", filed.destination());
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(
                        f.classTeacherA(),
                        CLASS_TEACHER,
                        () -> transfers.fileClassTransfer(f.studentB(), f.classA(), transferDay)),
                "the class teacher of another class may not ask");
        assertTrue(Caller.as(f.admin(), ADMIN, () -> movements.queue(MovementStatus.OPEN, 0, 50)).stream()
                .anyMatch(r -> r.id().equals(filed.id())));

        Caller.as(f.admin(), ADMIN, () -> movements.execute(filed.id(), "13-к"));

        assertEquals(f.classA(), (long) tx.call(
                em -> em.find(Student.class, f.studentB()).getSchoolClass().getId()));
        assertTrue(Caller.as(f.admin(), ADMIN, () -> transfers.transfers(0, 10)).stream()
                .anyMatch(r -> r.id().equals(filed.id()) && "13-к".equals(r.orderNumber())));
        long historyRecords = tx.call(em -> em.createQuery(
                        "select count(c) from ChangeRecord c where c.entityType = 'Student' and c.entityId = :id"
                                + " and c.field = 'schoolClass'",
                        Long.class)
                .setParameter("id", f.studentB())
                .getSingleResult());
        assertEquals(1, historyRecords, "the move is in the pupil's history");
    }

    @Test
    @DisplayName(
            "Only the school's administrator transfers: a class teacher, another school's admin and a parent are refused")
    void classTransferRefusals() throws Exception {
        TransferData data = new TransferData(f.classA(), transferDay, "1");
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(f.classTeacherB(), CLASS_TEACHER, () -> transfers.transferToClass(f.studentB(), data)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.otherSchoolAdmin(), ADMIN, () -> transfers.transferToClass(f.studentB(), data)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(f.parentA(), PARENT, () -> transfers.transferToClass(f.studentB(), data)));
        BusinessException noOrder = assertThrows(
                BusinessException.class,
                () -> Caller.as(
                        f.admin(),
                        ADMIN,
                        () -> transfers.transferToClass(
                                f.studentB(), new TransferData(f.classA(), today.plusYears(2), "2"))));
        assertTrue(noOrder.getMessage().contains("внутри учебного года"), noOrder.getMessage());
        assertEquals(f.classB(), (long) tx.call(
                em -> em.find(Student.class, f.studentB()).getSchoolClass().getId()));
    }

    @Test
    @DisplayName("School transfer: new pupil and parent records in the new school, the old ones frozen, the"
            + " family's accounts follow, both schools see both orders")
    void schoolTransferMovesTheFamily() throws Exception {
        assertEquals("5", save(f.subjectTeacherA(), f.lessonA(), f.studentA(), "5"));
        TransferRow sent = Caller.as(
                f.admin(),
                ADMIN,
                () -> transfers.sendToSchool(f.studentA(), new TransferData(f.otherSchoolId(), transferDay, "15-в")));
        assertEquals(MovementStatus.OPEN, sent.status());
        List<TransferRow> incoming = Caller.as(f.otherSchoolAdmin(), ADMIN, () -> transfers.incoming());
        assertEquals(List.of(sent.id()), incoming.stream().map(TransferRow::id).toList());
        long otherClass = tx.call(em -> MovementData.onlyClass(em, f.otherSchoolId()));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.admin(), ADMIN, () -> transfers.acceptFromSchool(sent.id(), otherClass, "1")),
                "the sending school may not accept for the other");

        Long newId =
                Caller.as(f.otherSchoolAdmin(), ADMIN, () -> transfers.acceptFromSchool(sent.id(), otherClass, "77-з"));

        assertNotEquals(f.studentA(), (long) newId);
        Student created = tx.call(em -> {
            Student s = em.find(Student.class, newId);
            s.getTransferredFrom().getId();
            s.getSchool().getId();
            return s;
        });
        assertEquals(f.otherSchoolId(), created.getSchool().getId());
        assertEquals(f.studentA(), created.getTransferredFrom().getId());
        assertEquals(transferDay, created.getArrivedOn());
        assertEquals(
                StudentStatus.DEPARTED,
                tx.call(em -> em.find(Student.class, f.studentA()).getStatus()));
        Object[] parents = tx.call(em -> {
            StudentParent link = em.createNamedQuery("StudentParent.findByStudent", StudentParent.class)
                    .setParameter("studentId", newId)
                    .getSingleResult();
            Parent copy = link.getParent();
            return new Object[] {
                copy.getId(),
                copy.getSchool().getId(),
                copy.getTransferredFrom().getId(),
                copy.getTransferredFrom().isFrozen()
            };
        });
        assertEquals(f.otherSchoolId(), parents[1]);
        assertEquals(true, parents[3], "the old parent record is frozen");
        Object[] accounts = tx.call(em -> {
            UserAccount student = em.createNamedQuery("UserAccount.findByLogin", UserAccount.class)
                    .setParameter("login", f.studentALogin())
                    .getSingleResult();
            UserAccount parent = em.createNamedQuery("UserAccount.findByLogin", UserAccount.class)
                    .setParameter("login", f.parentA())
                    .getSingleResult();
            return new Object[] {
                student.getSchool().getId(),
                student.getStudent().getId(),
                parent.getSchool().getId(),
                parent.getParent().getId()
            };
        });
        assertEquals(f.otherSchoolId(), accounts[0]);
        assertEquals(newId, accounts[1]);
        assertEquals(f.otherSchoolId(), accounts[2]);
        assertEquals(parents[0], accounts[3]);
        List<ChildOption> children = Caller.as(f.parentA(), PARENT, () -> diary.children());
        assertEquals(List.of(newId), children.stream().map(ChildOption::id).toList(), "the parent sees the new record");

        BusinessException frozen =
                assertThrows(BusinessException.class, () -> save(f.subjectTeacherA(), f.lessonA(), f.studentA(), "4"));
        assertTrue(frozen.getMessage().contains("выбыл"), frozen.getMessage());
        GradeBook oldGrid = Caller.as(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> gradeBook.load(tx.call(em -> MovementData.assignment(em, f.classA())), period));
        assertEquals("5", row(oldGrid, f.studentA()).cell(f.lessonA()).text(), "the old journal keeps the mark");
        assertTrue(row(oldGrid, f.studentA()).departed());

        for (String admin : List.of(f.admin(), f.otherSchoolAdmin())) {
            TransferRow seen = Caller.as(admin, ADMIN, () -> transfers.transfers(0, 10)).stream()
                    .filter(r -> r.id().equals(sent.id()))
                    .findFirst()
                    .orElseThrow();
            assertEquals("15-в", seen.orderNumber());
            assertEquals("77-з", seen.targetOrderNumber());
            assertEquals(transferDay, seen.effectiveDate());
            assertEquals(MovementStatus.EXECUTED, seen.status());
            assertEquals(newId, seen.newStudentId());
        }
        BusinessException again = assertThrows(
                BusinessException.class,
                () -> Caller.as(
                        f.otherSchoolAdmin(), ADMIN, () -> transfers.acceptFromSchool(sent.id(), otherClass, "78")));
        assertTrue(again.getMessage().contains("рассмотрена"), again.getMessage());
    }

    @Test
    @DisplayName("School transfer refusals: a class teacher, another school's admin and a parent may not send a pupil")
    void schoolTransferRefusals() throws Exception {
        TransferData data = new TransferData(f.otherSchoolId(), transferDay, "9");
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> transfers.sendToSchool(f.studentA(), data)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.otherSchoolAdmin(), ADMIN, () -> transfers.sendToSchool(f.studentA(), data)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(f.parentA(), PARENT, () -> transfers.sendToSchool(f.studentA(), data)));
        assertTrue(Caller.as(f.otherSchoolAdmin(), ADMIN, () -> transfers.incoming())
                .isEmpty());
        assertEquals(
                StudentStatus.STUDYING,
                tx.call(em -> em.find(Student.class, f.studentA()).getStatus()));
    }
}
