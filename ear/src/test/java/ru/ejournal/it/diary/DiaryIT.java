package ru.ejournal.it.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.support.Fixture.PARENT;
import static ru.ejournal.it.support.Fixture.STUDENT;
import static ru.ejournal.it.support.Fixture.SUBJECT_TEACHER;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
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
import ru.ejournal.it.support.Jdbc;
import ru.ejournal.it.support.PageClient;
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
        return Deployments.ear();
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

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    DataSource dataSource;

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

    @Test
    @DisplayName("The diary page is never older than the database: a mark changed by a screen, an import's JDBC"
            + " insert or a batch job's JDBC correction, an absence, the homework, a period grade, a"
            + " cancellation show at the next read, also to a browser revalidating its copy")
    void diaryIsNeverStale() throws Exception {
        PageClient browser = PageClient.signIn(f.parentA());
        String url = "parent/diary.xhtml?child=" + f.studentA() + "&week=" + LocalDate.now();
        PageClient.Page first = browser.rendered(url);
        assertEquals("", cell(first, f.lessonA()));

        // a screen: the teacher's cell save (JPA, history)
        Caller.run(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> cells.saveCell(f.lessonA(), f.studentA(), "5", "", false, null));
        PageClient.Page afterScreen = browser.get(url, first.etag());
        assertEquals(200, afterScreen.status());
        assertEquals("5", cell(afterScreen, f.lessonA()));

        // an import: a mark INSERTed with JDBC, as region-import writes it
        jdbc("""
                INSERT INTO mark (id, school_id, lesson_id, student_id, mark_value, weight, entered_at, entered_by)
                SELECT 990000000 + id, school_id, lesson_id, student_id, '4', 1, entered_at, 'region-import'
                FROM mark WHERE lesson_id = ? AND student_id = ?""");
        PageClient.Page afterImport = browser.get(url, afterScreen.etag());
        assertEquals(200, afterImport.status());
        assertEquals("54", cell(afterImport, f.lessonA()));

        // a batch job's correction: an UPDATE with JDBC that leaves the row's version as it was
        jdbc(
                "UPDATE mark SET mark_value = '3' WHERE lesson_id = ? AND student_id = ? AND entered_by = 'region-import'");
        PageClient.Page afterJob = browser.get(url, afterImport.etag());
        assertEquals(200, afterJob.status());
        assertEquals("53", cell(afterJob, f.lessonA()));
        PageClient.Page seen = afterJob;
        assertEquals(304, browser.get(url, seen.etag()).status());

        // what does not show on the page changes nothing: a version bump, the attendance flag of the lesson
        jdbc(
                "UPDATE mark SET version = version + 1 WHERE lesson_id = ? AND student_id = ? AND entered_by = 'region-import'");
        jdbc(
                "UPDATE lesson SET attendance_taken = TRUE, attendance_taken_at = CURRENT_TIMESTAMP WHERE id = ?",
                f.lessonA());
        assertEquals(304, browser.get(url, seen.etag()).status(), "nothing the page shows has changed");

        // an absence INSERTed with JDBC
        jdbc("""
                INSERT INTO absence (id, school_id, lesson_id, student_id, code, entered_at, entered_by)
                SELECT 990000000 + l.id, l.school_id, l.id, ?, 'B', CURRENT_TIMESTAMP, 'region-import'
                FROM lesson l WHERE l.id = ?""", f.studentA(), f.lessonA());
        seen = browser.changed(url, seen, p -> assertEquals("Б", absence(p, f.lessonA())));

        // the lesson's homework changed with JDBC (a correction; lessons are the class's, not the pupil's)
        jdbc("UPDATE lesson SET homework = 'Стр. 42, № 7' WHERE id = ?", f.lessonA());
        seen = browser.changed(url, seen, p -> assertEquals("Стр. 42, № 7", homework(p, f.lessonA())));

        // a period grade INSERTed with JDBC, in the period the page shows
        jdbc("""
                INSERT INTO period_grade (id, school_id, student_id, subject_id, study_period_id, kind, grade_value,
                                          entered_at, entered_by)
                SELECT 990000000 + l.id, l.school_id, ?, l.subject_id, ?, 'PERIOD', '5', CURRENT_TIMESTAMP, 'test'
                FROM lesson l WHERE l.id = ?""", f.studentA(), period, f.lessonA());
        seen = browser.changed(url, seen, p -> assertEquals("5", grade(p, "Математика")));

        // the lesson cancelled through JDBC
        jdbc("UPDATE lesson SET cancelled = TRUE, cancel_reason = 'Карантин' WHERE id = ?", f.lessonA());
        seen = browser.changed(url, seen, p -> assertTrue(p.body().contains("Карантин")));

        // the page without a child named (the first child) revalidates the same way
        String byDefault = "parent/diary.xhtml?week=" + LocalDate.now();
        PageClient.Page plain = browser.rendered(byDefault);
        jdbc("UPDATE absence SET code = 'U' WHERE lesson_id = ? AND student_id = ?", f.lessonA(), f.studentA());
        browser.changed(byDefault, plain, p -> assertEquals("У", absence(p, f.lessonA())));
    }

    @Test
    @DisplayName("A revalidation never shows another child: the ETag's check is the parent's own children")
    void otherChildIsNeverRevalidated() throws Exception {
        PageClient browser = PageClient.signIn(f.parentA());
        String own = "parent/diary.xhtml?child=" + f.studentA() + "&week=" + LocalDate.now();
        PageClient.Page page = browser.get(own, null);
        assertEquals(200, page.status());
        String other = "parent/diary.xhtml?child=" + f.studentB() + "&week=" + LocalDate.now();
        PageClient.Page refused = browser.get(other, page.etag());
        assertNotEquals(304, refused.status());
        assertNull(refused.etag(), "a refused page has no ETag");
        assertFalse(refused.body().contains("data-lesson="), "no lesson of another child");
    }

    @Test
    @DisplayName("A student's own diary answers 304 when unchanged and shows a new mark at the next request")
    void studentsDiaryRevalidates() throws Exception {
        PageClient browser = PageClient.signIn(f.studentALogin());
        String url = "student/diary.xhtml?week=" + LocalDate.now();
        PageClient.Page first = browser.rendered(url);
        Caller.run(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> cells.saveCell(f.lessonA(), f.studentA(), "4", "", false, null));
        browser.changed(url, first, p -> assertEquals("4", cell(p, f.lessonA())));
    }

    private void jdbc(String sql) throws Exception {
        jdbc(sql, f.lessonA(), f.studentA());
    }

    private void jdbc(String sql, long... params) throws Exception {
        Jdbc.updateOne(dataSource, sql, params);
    }

    /** The absence a lesson's row shows («Б»), empty if none. */
    private static String absence(PageClient.Page page, long lesson) {
        return text(row(page, lesson, "<span class=\"absence\">([^<]*)</span>"));
    }

    /** The homework a lesson's row shows. */
    private static String homework(PageClient.Page page, long lesson) {
        return text(row(page, lesson, "<td class=\"homework\">([\\s\\S]*?)</td>"));
    }

    /** The period grade of a subject in the period's table. */
    private static String grade(PageClient.Page page, String subject) {
        Matcher m = Pattern.compile("<td class=\"subject\">" + subject
                        + "</td>[\\s\\S]*?<td class=\"grade\"[^>]*>([\\s\\S]*?)</td>")
                .matcher(page.body());
        assertTrue(m.find(), "the subject's row is in the period's table");
        return text(m.group(1));
    }

    private static String row(PageClient.Page page, long lesson, String what) {
        Matcher m = Pattern.compile("data-lesson=\"" + lesson + "\"[\\s\\S]*?" + what)
                .matcher(page.body());
        assertTrue(m.find(), "the lesson's row is on the page");
        return m.group(1);
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&#8470;", "№").strip();
    }

    /** The marks of a lesson's row, as the page shows them («54» for a 5 and a 4). */
    private static String cell(PageClient.Page page, long lesson) {
        Matcher row = Pattern.compile("data-lesson=\"" + lesson + "\"[\\s\\S]*?<td class=\"marks\">([\\s\\S]*?)</td>")
                .matcher(page.body());
        assertTrue(row.find(), "the lesson's row is on the page");
        return row.group(1)
                .replaceAll("<span class=\"absence\">[^<]*</span>", "")
                // a mark's details (work type, weight, date, topic) open on a tap: not its value
                .replaceAll("<dl class=\"mark-details\">[\\s\\S]*?</dl>", "")
                .replaceAll("<[^>]+>", "")
                .replaceAll("\\s+", "");
    }
}
