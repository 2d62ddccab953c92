package ru.ejournal.it.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.support.Fixture.ADMIN;
import static ru.ejournal.it.support.Fixture.CLASS_TEACHER;
import static ru.ejournal.it.support.Fixture.PARENT;
import static ru.ejournal.it.support.Fixture.STUDENT;
import static ru.ejournal.it.support.Fixture.SUBJECT_TEACHER;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.math.BigDecimal;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.ConflictException;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.journal.boundary.CellSaved;
import ru.ejournal.journal.boundary.GradeBook;
import ru.ejournal.journal.boundary.GradeBookCell;
import ru.ejournal.journal.boundary.GradeBookCellService;
import ru.ejournal.journal.boundary.GradeBookPage;
import ru.ejournal.journal.boundary.GradeBookService;
import ru.ejournal.journal.boundary.HistoryLine;
import ru.ejournal.journal.boundary.PeriodGradeService;
import ru.ejournal.journal.control.ConfirmationRequiredException;
import ru.ejournal.school.boundary.PeriodClosingService;
import ru.ejournal.security.control.AccessDeniedException;

/** The subject teacher's journal grid: cell saves, their rules, history, grades, refusals and SQL count. */
@ExtendWith(ArquillianExtension.class)
class GradeBookIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    JournalFixtures journal;

    @Inject
    GradeBookService gradeBook;

    @Inject
    GradeBookCellService cells;

    @Inject
    PeriodGradeService periodGrades;

    @Inject
    PeriodClosingService periodClosing;

    @PersistenceUnit(unitName = "journal")
    EntityManagerFactory factory;

    Fixture f;
    long assignment;
    long period;

    @BeforeEach
    void createSchool() {
        f = schools.create();
        assignment = journal.assignmentA(f);
        period = journal.yearPeriod(f);
    }

    private CellSaved type(String value, String stamp) throws Exception {
        return type(value, stamp, false);
    }

    private CellSaved type(String value, String stamp, boolean confirmed) throws Exception {
        return Caller.as(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> cells.saveCell(f.lessonA(), f.studentA(), value, stamp, confirmed, period));
    }

    private GradeBookCell cellInGrid() throws Exception {
        GradeBook book = Caller.as(f.subjectTeacherA(), SUBJECT_TEACHER, () -> gradeBook.load(assignment, period));
        return book.rows().get(0).cell(f.lessonA());
    }

    @Test
    @DisplayName("A mark, an absence code and a late arrival with a mark typed into a cell are in the grid at once")
    void typedCellsAreSaved() throws Exception {
        CellSaved five = type("5", "");
        assertEquals("5", five.cell().text());
        assertEquals(new BigDecimal("5.00"), five.summary().average());
        assertEquals("5", cellInGrid().text());

        CellSaved absent = type(" н ", five.cell().stamp());
        assertEquals("Н", absent.cell().text());
        assertEquals("Н", cellInGrid().text());

        CellSaved late = type("ОП 4", absent.cell().stamp());
        assertEquals("ОП 4", late.cell().text());
        assertEquals("ОП 4", cellInGrid().text());

        CellSaved cleared = type("", late.cell().stamp());
        assertEquals("", cleared.cell().text());
        assertEquals("", cellInGrid().text());
    }

    @Test
    @DisplayName(
            "A mark outside 1–5 or a pass/fail mark in a marked subject is refused in Russian and nothing is saved")
    void invalidMarksAreRefused() throws Exception {
        BusinessException six = assertThrows(BusinessException.class, () -> type("6", ""));
        assertTrue(six.getMessage().contains("от 1 до 5"), six.getMessage());
        BusinessException pass = assertThrows(BusinessException.class, () -> type("зач", ""));
        assertTrue(pass.getMessage().contains("не отметка"), pass.getMessage());
        BusinessException two = assertThrows(BusinessException.class, () -> type("Н Б", ""));
        assertTrue(two.getMessage().contains("один код пропуска"), two.getMessage());
        assertEquals("", cellInGrid().text());
    }

    @Test
    @DisplayName("A mark for a student marked absent is saved only when the teacher confirms it")
    void markForAbsentNeedsConfirmation() throws Exception {
        ConfirmationRequiredException ask = assertThrows(ConfirmationRequiredException.class, () -> type("Н 3", ""));
        assertTrue(ask.getMessage().contains("отсутствующим"), ask.getMessage());
        assertEquals("", cellInGrid().text());

        assertEquals("Н 3", type("Н 3", "", true).cell().text());
        assertEquals("Н 3", cellInGrid().text());
    }

    @Test
    @DisplayName("A second teacher saving a cell changed in the meantime gets a conflict message, not an overwrite")
    void staleCellIsAConflict() throws Exception {
        String stampBoth = cellInGrid().stamp();
        type("4", stampBoth);
        ConflictException conflict = assertThrows(
                ConflictException.class,
                () -> Caller.as(
                        f.admin(),
                        ADMIN,
                        () -> cells.saveCell(f.lessonA(), f.studentA(), "2", stampBoth, false, period)));
        assertTrue(conflict.getMessage().contains("уже изменил другой пользователь"), conflict.getMessage());
        assertTrue(conflict.getMessage().contains("«4»"), conflict.getMessage());
        assertEquals("4", cellInGrid().text());
    }

    @Test
    @DisplayName("Lessons of a closed period cannot be changed until the administrator reopens the period")
    void closedPeriodIsReadOnly() throws Exception {
        Caller.run(f.admin(), ADMIN, () -> periodClosing.close(period, "Четверть завершена"));
        BusinessException closed = assertThrows(BusinessException.class, () -> type("5", ""));
        assertTrue(closed.getMessage().contains("закрыт"), closed.getMessage());
        assertTrue(Caller.as(f.subjectTeacherA(), SUBJECT_TEACHER, () -> gradeBook.load(assignment, period))
                .periodClosed());

        Caller.run(f.admin(), ADMIN, () -> periodClosing.reopen(period, "Исправление отметки"));
        assertEquals("5", type("5", "").cell().text());
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(
                        f.subjectTeacherA(), SUBJECT_TEACHER, () -> periodClosing.close(period, "Четверть завершена")));
    }

    @Test
    @DisplayName("The marks of a student who has left are read-only")
    void departedStudentIsReadOnly() throws Exception {
        journal.depart(f.studentA());
        BusinessException departed = assertThrows(BusinessException.class, () -> type("5", ""));
        assertTrue(departed.getMessage().contains("выбыл"), departed.getMessage());
        GradeBook book = Caller.as(f.subjectTeacherA(), SUBJECT_TEACHER, () -> gradeBook.load(assignment, period));
        assertTrue(book.rows().get(0).departed());
    }

    @Test
    @DisplayName("A teacher of the whole class may not mark another teacher's subgroup; that subgroup's teacher may")
    void otherSubgroupIsRefused() throws Exception {
        long lesson = journal.otherTeachersSubgroupLesson(f);
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(
                        f.subjectTeacherA(),
                        SUBJECT_TEACHER,
                        () -> cells.saveCell(lesson, f.studentA(), "5", "", false, period)));
        CellSaved saved = Caller.as(
                f.classTeacherA(), CLASS_TEACHER, () -> cells.saveCell(lesson, f.studentA(), "4", "", false, period));
        assertEquals("4", saved.cell().text());
    }

    @Test
    @DisplayName("A subgroup's lesson takes marks of its members only")
    void subgroupLessonTakesItsMembersOnly() throws Exception {
        long[] lessonAndOutsider = journal.subgroupLesson(f);
        long lesson = lessonAndOutsider[0];
        BusinessException outsider = assertThrows(
                BusinessException.class,
                () -> Caller.as(
                        f.subjectTeacherA(),
                        SUBJECT_TEACHER,
                        () -> cells.saveCell(lesson, lessonAndOutsider[1], "5", "", false, period)));
        assertTrue(outsider.getMessage().contains("не входит в подгруппу"), outsider.getMessage());
        CellSaved member = Caller.as(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> cells.saveCell(lesson, f.studentA(), "5", "", false, period));
        assertEquals("5", member.cell().text());
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(
                        f.classTeacherB(),
                        CLASS_TEACHER,
                        () -> cells.saveCell(
                                lesson, f.studentA(), "4", member.cell().stamp(), false, period)));
    }

    @Test
    @DisplayName("Every change of a cell is in its history: who, old value, new value")
    void cellHistoryShowsEveryChange() throws Exception {
        CellSaved first = type("5", "");
        CellSaved second = type("4", first.cell().stamp());
        type("Б", second.cell().stamp());

        List<HistoryLine> history =
                Caller.as(f.subjectTeacherA(), SUBJECT_TEACHER, () -> cells.cellHistory(f.lessonA(), f.studentA()));
        assertEquals(4, history.size(), history.toString());
        assertTrue(history.stream().allMatch(h -> h.changedBy().equals(f.subjectTeacherA())));
        assertTrue(history.stream()
                .anyMatch(h -> h.what().equals("отметка") && h.oldValue() == null && "5".equals(h.newValue())));
        assertTrue(history.stream().anyMatch(h -> "5".equals(h.oldValue()) && "4".equals(h.newValue())));
        assertTrue(history.stream().anyMatch(h -> "4".equals(h.oldValue()) && h.newValue() == null));
        assertTrue(history.stream().anyMatch(h -> h.what().equals("пропуск") && "Б".equals(h.newValue())));
    }

    @Test
    @DisplayName("The grid proposes the period grade from the weighted average; the teacher accepts or overrides it")
    void periodGradeIsProposedAndSet() throws Exception {
        journal.grow(f, 1, 4);
        GradeBook book = Caller.as(f.subjectTeacherA(), SUBJECT_TEACHER, () -> gradeBook.load(assignment, period));
        GradeBook.Row row = book.rows().get(0);
        assertNotNull(row.summary().average());
        assertTrue(
                row.summary().working().contains("Правило округления"),
                row.summary().working());

        GradeBookCell set = Caller.as(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> periodGrades.savePeriodGrade(
                        assignment, period, f.studentA(), row.summary().proposed(), null));
        assertEquals(row.summary().proposed(), set.text());
        GradeBookCell overridden = Caller.as(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> periodGrades.savePeriodGrade(assignment, period, f.studentA(), "н/а", Long.valueOf(set.stamp())));
        assertEquals("н/а", overridden.text());

        assertThrows(
                ConflictException.class,
                () -> Caller.as(
                        f.subjectTeacherA(),
                        SUBJECT_TEACHER,
                        () -> periodGrades.savePeriodGrade(
                                assignment, period, f.studentA(), "5", Long.valueOf(set.stamp()))));
        BusinessException bad = assertThrows(
                BusinessException.class,
                () -> Caller.as(
                        f.subjectTeacherA(),
                        SUBJECT_TEACHER,
                        () -> periodGrades.savePeriodGrade(
                                assignment, period, f.studentA(), "зач", Long.valueOf(overridden.stamp()))));
        assertTrue(bad.getMessage().contains("от 1 до 5"), bad.getMessage());
        assertEquals(
                "н/а",
                Caller.as(f.subjectTeacherA(), SUBJECT_TEACHER, () -> gradeBook.load(assignment, period))
                        .rows()
                        .get(0)
                        .periodGrade());
    }

    @Test
    @DisplayName(
            "A teacher is refused the grid and the cells of a class they do not teach; parents and students are refused")
    void othersAreRefused() throws Exception {
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.classTeacherB(), CLASS_TEACHER, () -> gradeBook.load(assignment, period)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(
                        f.classTeacherB(),
                        CLASS_TEACHER,
                        () -> cells.saveCell(f.lessonA(), f.studentA(), "2", "", false, null)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(
                        f.subjectTeacherA(),
                        SUBJECT_TEACHER,
                        () -> cells.saveCell(f.lessonB(), f.studentB(), "2", "", false, null)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(
                        f.classTeacherB(),
                        CLASS_TEACHER,
                        () -> periodGrades.savePeriodGrade(assignment, period, f.studentA(), "5", null)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.classTeacherB(), CLASS_TEACHER, () -> gradeBook.page(assignment, period)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(f.parentA(), PARENT, () -> gradeBook.load(assignment, period)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(f.parentA(), PARENT, () -> gradeBook.page(assignment, period)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(
                        f.studentALogin(),
                        STUDENT,
                        () -> cells.saveCell(f.lessonA(), f.studentA(), "5", "", false, null)));
        assertEquals("", cellInGrid().text());
        // the class teacher of class A reads the grid of their class
        assertEquals(
                1,
                Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> gradeBook.load(assignment, period))
                        .rows()
                        .size());
    }

    @Test
    @DisplayName("The grid and its page load with the same few SQL statements for 1 × 1 and 30 × 51; a save is a few")
    void gridLoadsWithBoundedQueries() throws Exception {
        try (SqlCounter sql = SqlCounter.start(factory)) {
            Caller.as(f.subjectTeacherA(), SUBJECT_TEACHER, () -> gradeBook.load(assignment, period));
            int small = sql.count();

            journal.grow(f, 30, 50);
            sql.reset();
            GradeBook book = Caller.as(f.subjectTeacherA(), SUBJECT_TEACHER, () -> gradeBook.load(assignment, period));
            int large = sql.count();
            assertEquals(30, book.rows().size());
            assertEquals(51, book.lessons().size());
            assertEquals(small, large, "statements for the large grid: " + sql.statements());
            // caller; assignment with its relations; period; lessons; marks; absences; period grades; students
            assertTrue(large <= 8, large + " statements: " + sql.statements());
            System.out.println("SQL statements of the 30×51 grid:");
            sql.statements().forEach(s -> System.out.println("  " + s));

            sql.reset();
            GradeBookPage page =
                    Caller.as(f.subjectTeacherA(), SUBJECT_TEACHER, () -> gradeBook.page(assignment, period));
            int pageGet = sql.count();
            assertEquals(30, page.book().rows().size());
            assertEquals(period, page.periodId());
            assertTrue(page.assignments().stream().anyMatch(o -> o.id() == assignment));
            System.out.println("SQL statements of the grid page's GET: " + pageGet);
            // caller; the caller's assignments; the assignment; its periods; then the grid's five
            assertTrue(pageGet <= 9, pageGet + " statements: " + sql.statements());

            GradeBookCell cell = book.rows().get(0).cell(f.lessonA());
            sql.reset();
            CellSaved saved = type("4", cell.stamp());
            int saveEntries = sql.count();
            int save = sql.statementCount();
            int sequence = sql.sequenceCount();
            assertEquals("4", saved.cell().text());
            assertNotNull(saved.summary().average());
            System.out.printf(
                    "SQL statements: grid 1×1 %d, grid 30×51 %d, cell save %d (%d log entries with the batch rows,"
                            + " %d id-block fetch)%n",
                    small, large, save, saveEntries, sequence);
            sql.statements().forEach(s -> System.out.println((SqlCounter.isBatchRow(s) ? "  + " : "  ") + s));
            // the lesson with its relations; caller, assignment, student, subgroup, closed period, cell;
            // INSERT mark; INSERT change_record (one batch of 5 rows); the student's marks for the average
            // — and, once in 50 ids, the sequence
            assertTrue(save - sequence <= 5, save + " statements: " + sql.statements());

            sql.reset();
            assertEquals("5", type("5", saved.cell().stamp()).cell().text());
            int change = sql.statementCount() - sql.sequenceCount();
            System.out.printf("SQL statements: cell change %d (%d log entries)%n", change, sql.count());
            sql.statements().forEach(s -> System.out.println((SqlCounter.isBatchRow(s) ? "  + " : "  ") + s));
            // the lesson; the context with the cell's mark; UPDATE mark; INSERT change_record; the average
            assertTrue(change <= 5, change + " statements: " + sql.statements());
        }
    }
}
