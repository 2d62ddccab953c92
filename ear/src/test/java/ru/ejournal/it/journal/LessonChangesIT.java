package ru.ejournal.it.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.common.control.BusinessException;
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
import ru.ejournal.journal.boundary.LessonChangeLine;
import ru.ejournal.journal.boundary.LessonChangeService;
import ru.ejournal.journal.boundary.LessonService;
import ru.ejournal.journal.boundary.ReplacementLine;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.security.control.AccessDeniedException;

/**
 * Changes to a single lesson: a replacement (the replacing teacher writes the lesson, a third teacher
 * may not), a cancellation with a reason (the grid and the diary show it, no marks go on it), a move,
 * an extra lesson in the teacher's own class and subject; each in the lesson's history; refusals.
 */
@ExtendWith(ArquillianExtension.class)
class LessonChangesIT {

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
    LessonChangeService changes;

    @Inject
    GradeBookService gradeBook;

    @Inject
    GradeBookCellService cells;

    @Inject
    LessonService lessons;

    @Inject
    DiaryService diary;

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
    @DisplayName(
            "A replacement set by the administrator lets the replacing teacher write the lesson, not a third teacher")
    void replacingTeacherWritesTheLesson() throws Exception {
        long replacing = staffOf(f.classTeacherB());
        BusinessException busy = assertThrows(
                BusinessException.class,
                () -> Caller.run(f.admin(), ADMIN, () -> changes.replace(f.lessonA(), replacing, "Смирнов на курсах")));
        assertTrue(
                busy.getMessage().contains("уже есть урок"),
                "Петрова teaches 5Б at the same time: " + busy.getMessage());
        Caller.run(f.admin(), ADMIN, () -> changes.move(f.lessonB(), LocalDate.now(), 2, "Замена в 5А"));

        Caller.run(f.admin(), ADMIN, () -> changes.replace(f.lessonA(), replacing, "Смирнов на курсах"));

        List<ReplacementLine> mine = Caller.as(f.classTeacherB(), CLASS_TEACHER, () -> changes.myReplacements());
        assertEquals(
                List.of(f.lessonA()),
                mine.stream().map(ReplacementLine::lessonId).toList());
        assertEquals(assignment, mine.get(0).assignmentId(), "the replacing teacher finds the regular teacher's grid");
        assertEquals(
                1,
                Caller.as(f.classTeacherB(), CLASS_TEACHER, () -> gradeBook.load(assignment, period))
                        .rows()
                        .size(),
                "and may read it");
        assertEquals(
                "5",
                Caller.as(
                                f.classTeacherB(),
                                CLASS_TEACHER,
                                () -> cells.saveCell(f.lessonA(), f.studentA(), "5", "", false, period))
                        .cell()
                        .text());
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(
                        f.classTeacherA(),
                        CLASS_TEACHER,
                        () -> cells.saveCell(f.lessonA(), f.studentA(), "4", "", false, period)),
                "a third teacher (here the class teacher) may not write the lesson");
        GradeBook regular = Caller.as(f.subjectTeacherA(), SUBJECT_TEACHER, () -> gradeBook.load(assignment, period));
        GradeBook.Column column = column(regular, f.lessonA());
        assertEquals("5", regular.rows().get(0).cell(f.lessonA()).text(), "the regular teacher reads the lesson");
        assertTrue(column.replacement().startsWith("Петрова"), column.replacement());
        LessonChangeLine replaced = history(f.lessonA()).get(0);
        assertEquals("замена", replaced.what());
        assertTrue(replaced.newValue().startsWith("Петрова"), replaced.newValue());
        assertEquals("Смирнов на курсах", replaced.reason());
        assertEquals(f.admin(), replaced.changedBy());

        Caller.run(f.deputy(), DEPUTY, () -> changes.replace(f.lessonA(), null, "Смирнов вернулся"));

        String stamp = Caller.as(f.subjectTeacherA(), SUBJECT_TEACHER, () -> cells.cell(f.lessonA(), f.studentA()))
                .stamp();
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(
                        f.classTeacherB(),
                        CLASS_TEACHER,
                        () -> cells.saveCell(f.lessonA(), f.studentA(), "4", stamp, false, period)),
                "without the replacement the teacher may no longer write the lesson");
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.classTeacherB(), CLASS_TEACHER, () -> gradeBook.load(assignment, period)),
                "nor read its grid");
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(
                        f.subjectTeacherA(),
                        SUBJECT_TEACHER,
                        () -> changes.replace(f.lessonA(), replacing, "Сам себе")),
                "a teacher does not set replacements");
    }

    @Test
    @DisplayName("A cancelled lesson shows struck through with its reason in the grid and the diary and takes no marks")
    void cancelledLessonIsShownWithItsReason() throws Exception {
        String stamp = Caller.as(
                        f.subjectTeacherA(),
                        SUBJECT_TEACHER,
                        () -> cells.saveCell(f.lessonA(), f.studentA(), "Н 5", "", true, period))
                .cell()
                .stamp();
        BusinessException withData = assertThrows(
                BusinessException.class,
                () -> Caller.run(f.subjectTeacherA(), SUBJECT_TEACHER, () -> changes.cancel(f.lessonA(), "Карантин")));
        assertTrue(withData.getMessage().contains("отметки (1)"), withData.getMessage());
        assertTrue(withData.getMessage().contains("пропуски (1)"), withData.getMessage());
        assertFalse(lesson(f.lessonA()).isCancelled(), "nothing changed");
        Caller.as(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> cells.saveCell(f.lessonA(), f.studentA(), "", stamp, false, period));
        assertThrows(
                BusinessException.class,
                () -> Caller.run(f.subjectTeacherA(), SUBJECT_TEACHER, () -> changes.cancel(f.lessonA(), " ")),
                "a reason is required");

        Caller.run(f.subjectTeacherA(), SUBJECT_TEACHER, () -> changes.cancel(f.lessonA(), "Карантин в классе"));

        GradeBook.Column column = column(
                Caller.as(f.subjectTeacherA(), SUBJECT_TEACHER, () -> gradeBook.load(assignment, period)), f.lessonA());
        assertTrue(column.cancelled());
        assertEquals("Карантин в классе", column.cancelReason());
        DiaryWeek.Entry entry =
                Caller.as(f.parentA(), PARENT, () -> diary.week(f.studentA(), LocalDate.now())).days().stream()
                        .flatMap(d -> d.lessons().stream())
                        .filter(e -> e.lessonId() == f.lessonA())
                        .findFirst()
                        .orElseThrow();
        assertTrue(entry.cancelled());
        assertEquals("Карантин в классе", entry.cancelReason());
        BusinessException cell = assertThrows(
                BusinessException.class,
                () -> Caller.as(
                        f.subjectTeacherA(),
                        SUBJECT_TEACHER,
                        () -> cells.saveCell(f.lessonA(), f.studentA(), "5", "", false, period)));
        assertTrue(cell.getMessage().contains("отменён"), cell.getMessage());
        assertThrows(
                BusinessException.class,
                () -> Caller.as(
                        f.subjectTeacherA(),
                        SUBJECT_TEACHER,
                        () -> cells.saveCell(f.lessonA(), f.studentA(), "4", "", false, null)),
                "no mark of any kind on a cancelled lesson");
        LessonChangeLine cancelled = history(f.lessonA()).get(0);
        assertEquals("отмена урока", cancelled.what());
        assertEquals("отменён", cancelled.newValue());
        assertEquals("Карантин в классе", cancelled.reason());

        Caller.run(f.admin(), ADMIN, () -> changes.restore(f.lessonA(), "Карантин отменили"));

        assertFalse(lesson(f.lessonA()).isCancelled());
        assertNull(lesson(f.lessonA()).getCancelReason());
        assertEquals("проводится", history(f.lessonA()).get(0).newValue());
    }

    @Test
    @DisplayName("A lesson moves to another day and number with its history; it may not take another lesson's place")
    void lessonMoves() throws Exception {
        LocalDate day = nextSchoolDay(LocalDate.now());

        Caller.run(f.subjectTeacherA(), SUBJECT_TEACHER, () -> changes.move(f.lessonA(), day, 3, "Экскурсия"));

        Lesson moved = lesson(f.lessonA());
        assertEquals(day, moved.getLessonDate());
        assertEquals(3, moved.getPeriodNo());
        List<LessonChangeLine> lines = history(f.lessonA());
        assertTrue(lines.stream()
                .anyMatch(l -> l.what().equals("дата")
                        && l.oldValue().equals(LocalDate.now().toString())
                        && l.newValue().equals(day.toString())
                        && l.reason().equals("Экскурсия")));
        assertTrue(lines.stream()
                .anyMatch(l -> l.what().equals("номер урока")
                        && l.oldValue().equals("1")
                        && l.newValue().equals("3")));

        long extra = Caller.as(
                f.subjectTeacherA(), SUBJECT_TEACHER, () -> changes.addExtra(assignment, day, 4, "Повторение"));
        BusinessException clash = assertThrows(
                BusinessException.class,
                () -> Caller.run(f.deputy(), DEPUTY, () -> changes.move(extra, day, 3, "Перестановка")));
        assertTrue(clash.getMessage().contains("уже есть урок"), clash.getMessage());
        assertEquals(4, lesson(extra).getPeriodNo(), "nothing changed");
    }

    @Test
    @DisplayName("A teacher adds an extra lesson in their own class and subject, and is refused in another teacher's")
    void extraLessonInOwnClassOnly() throws Exception {
        LocalDate day = nextSchoolDay(LocalDate.now());

        long extra = Caller.as(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> changes.addExtra(assignment, day, 6, "Подготовка к контрольной"));

        GradeBook book = Caller.as(f.subjectTeacherA(), SUBJECT_TEACHER, () -> gradeBook.load(assignment, period));
        GradeBook.Column column = column(book, extra);
        assertEquals(day, column.date());
        assertEquals("Подготовка к контрольной", column.topic());
        assertEquals(
                "5",
                Caller.as(
                                f.subjectTeacherA(),
                                SUBJECT_TEACHER,
                                () -> cells.saveCell(extra, f.studentA(), "5", "", false, period))
                        .cell()
                        .text());
        LessonChangeLine created = history(extra).get(0);
        assertEquals("дополнительный урок", created.what());
        assertEquals(f.subjectTeacherA(), created.changedBy());

        long assignmentB = tx.call(
                em -> em.createQuery("select a.id from TeachingAssignment a where a.schoolClass.id = :c", Long.class)
                        .setParameter("c", f.classB())
                        .getSingleResult());
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(
                        f.subjectTeacherA(),
                        SUBJECT_TEACHER,
                        () -> changes.addExtra(assignmentB, day, 6, "Чужой урок")));
        assertEquals(
                0L,
                (long) tx.call(em -> em.createQuery(
                                "select count(l) from Lesson l where l.schoolClass.id = :c and l.lessonDate = :d",
                                Long.class)
                        .setParameter("c", f.classB())
                        .setParameter("d", day)
                        .getSingleResult()),
                "nothing was added to class B");
    }

    @Test
    @DisplayName("A parent, a student, another school's admin and a teacher of another class may not change a lesson")
    void refusals() throws Exception {
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(f.parentA(), PARENT, () -> changes.cancel(f.lessonA(), "Не хочу")));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(f.studentALogin(), STUDENT, () -> changes.cancel(f.lessonA(), "Не хочу")));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(
                        f.studentALogin(), STUDENT, () -> changes.addExtra(assignment, LocalDate.now(), 7, null)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(f.otherSchoolAdmin(), ADMIN, () -> changes.cancel(f.lessonA(), "Чужая школа")));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        f.otherSchoolAdmin(),
                        ADMIN,
                        () -> changes.replace(f.lessonA(), staffOf(f.classTeacherA()), "Чужая школа")));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        f.classTeacherB(),
                        CLASS_TEACHER,
                        () -> changes.move(f.lessonA(), nextSchoolDay(LocalDate.now()), 2, "Не мой урок")));
        assertFalse(lesson(f.lessonA()).isCancelled());
        assertEquals(LocalDate.now(), lesson(f.lessonA()).getLessonDate());
        assertTrue(history(f.lessonA()).isEmpty(), "no change was recorded");
    }

    @Test
    @DisplayName(
            "A lesson's topic, homework, work type and attendance are kept in its history; another teacher is refused")
    void lessonDetailsKeepTheirHistory() throws Exception {
        Lesson before = lesson(f.lessonA());
        Long oral = before.getWorkType().getId();

        GradeBook.Column saved = Caller.as(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> lessons.updateLesson(f.lessonA(), before.getVersion(), "Дроби", "№ 12", oral, true));
        Caller.as(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> lessons.updateLesson(f.lessonA(), saved.version(), "Десятичные дроби", "№ 12", null, true));

        List<String> lines = history(f.lessonA()).stream()
                .map(l -> l.what() + ": " + l.oldValue() + " → " + l.newValue() + " (" + l.changedBy() + ")")
                .toList();
        String by = " (" + f.subjectTeacherA() + ")";
        assertEquals(
                List.of(
                        "вид работы: ORAL → null" + by,
                        "тема: Дроби → Десятичные дроби" + by,
                        "тема: Натуральные числа → Дроби" + by,
                        "домашнее задание: null → № 12" + by,
                        "посещаемость отмечена: нет → да" + by),
                lines,
                "only the changed fields, newest first");

        long now = lesson(f.lessonA()).getVersion();
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        f.classTeacherB(),
                        CLASS_TEACHER,
                        () -> lessons.updateLesson(f.lessonA(), now, "Чужая тема", null, null, false)));
        assertEquals(5, history(f.lessonA()).size(), "a refused edit leaves no history");
    }

    private List<LessonChangeLine> history(long lessonId) throws Exception {
        return Caller.as(f.admin(), ADMIN, () -> changes.history(lessonId));
    }

    private Lesson lesson(long id) {
        return tx.call(em -> em.find(Lesson.class, id));
    }

    private long staffOf(String login) {
        return tx.call(
                em -> em.createQuery("select u.staffMember.id from UserAccount u where u.login = :login", Long.class)
                        .setParameter("login", login)
                        .getSingleResult());
    }

    private static GradeBook.Column column(GradeBook book, long lessonId) {
        return book.lessons().stream()
                .filter(l -> l.id() == lessonId)
                .findFirst()
                .orElseThrow();
    }

    /** The next day after {@code day} that is not a Sunday, inside the fixture's year (1 September – 31 May). */
    private static LocalDate nextSchoolDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        if (next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        if (next.getMonthValue() == 6) {
            next = day.minusDays(day.getDayOfWeek() == DayOfWeek.MONDAY ? 2 : 1);
        }
        return next;
    }
}
