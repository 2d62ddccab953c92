package ru.ejournal.it.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.support.Fixture.SUBJECT_TEACHER;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.util.ArrayList;
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
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.Jdbc;
import ru.ejournal.it.support.PageClient;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.journal.boundary.GradeBookCellService;

/**
 * A teacher reloading the journal grid gets {@code 304 Not Modified} while nothing it shows has changed, and the
 * changed grid at the very next request whoever changed it: the teacher's own grid by the version stamps, any
 * other grid (the class teacher's reading) by the digest of its content.
 */
@ExtendWith(ArquillianExtension.class)
class GradeBookRevisitIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    JournalFixtures journal;

    @Inject
    GradeBookCellService cells;

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    DataSource dataSource;

    Fixture f;
    String url;

    @BeforeEach
    void createSchool() {
        f = schools.create();
        url = "teacher/gradebook.xhtml?assignment=" + journal.assignmentA(f) + "&period=" + journal.yearPeriod(f);
    }

    @Test
    @DisplayName("The own grid is never older than the database: a screen's save, an import's JDBC insert, a job's"
            + " JDBC correction and a lesson's topic show at the next request; an unchanged grid answers 304")
    void ownGridIsNeverStale() throws Exception {
        PageClient teacher = PageClient.signIn(f.subjectTeacherA());
        PageClient.Page seen = teacher.rendered(url);
        assertEquals("", cell(seen, f.lessonA(), f.studentA()));

        Caller.run(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> cells.saveCell(f.lessonA(), f.studentA(), "5", "", false, null));
        seen = teacher.changed(url, seen, p -> assertEquals("5", cell(p, f.lessonA(), f.studentA())));

        jdbc("""
                INSERT INTO mark (id, school_id, lesson_id, student_id, mark_value, weight, entered_at, entered_by)
                SELECT 990000000 + id, school_id, lesson_id, student_id, '4', 1, entered_at, 'region-import'
                FROM mark WHERE lesson_id = ? AND student_id = ?""");
        seen = teacher.changed(url, seen, p -> assertEquals("4 5", cell(p, f.lessonA(), f.studentA())));

        jdbc(
                "UPDATE mark SET mark_value = '3' WHERE lesson_id = ? AND student_id = ? AND entered_by = 'region-import'");
        seen = teacher.changed(url, seen, p -> assertEquals("3 5", cell(p, f.lessonA(), f.studentA())));

        jdbc("UPDATE lesson SET topic = 'Fractions' WHERE id = ?", f.lessonA());
        seen = teacher.changed(url, seen, p -> assertTrue(p.body().contains("title=\"Fractions\"")));

        // the grid without an assignment named (the first own one) revalidates the same way
        PageClient.Page plain = teacher.rendered("teacher/gradebook.xhtml");
        jdbc("DELETE FROM mark WHERE lesson_id = ? AND student_id = ? AND entered_by = 'region-import'");
        teacher.changed("teacher/gradebook.xhtml", plain, p -> assertEquals("5", cell(p, f.lessonA(), f.studentA())));
    }

    @Test
    @DisplayName("The class teacher's reading of another teacher's grid revalidates by its content and sees a"
            + " JDBC change at the next request")
    void othersGridRevalidatesByContent() throws Exception {
        PageClient classTeacher = PageClient.signIn(f.classTeacherA());
        PageClient.Page seen = classTeacher.rendered(url);
        jdbc("""
                INSERT INTO mark (id, school_id, lesson_id, student_id, mark_value, weight, entered_at, entered_by)
                SELECT 990000000 + l.id, l.school_id, l.id, ?, '2', 1, CURRENT_TIMESTAMP, 'region-import'
                FROM lesson l WHERE l.id = ?""", f.studentA(), f.lessonA());
        classTeacher.changed(url, seen, p -> assertEquals("2", cell(p, f.lessonA(), f.studentA())));
    }

    @Test
    @DisplayName("Another teacher's grid is never answered from a copy: no 304, no ETag, no cell")
    void foreignGridIsRefused() throws Exception {
        PageClient teacher = PageClient.signIn(f.subjectTeacherA());
        PageClient.Page own = teacher.get(url, null);
        assertEquals(200, own.status());
        long other = journal.assignmentB(f);
        PageClient.Page refused = teacher.get("teacher/gradebook.xhtml?assignment=" + other, own.etag());
        assertNotEquals(304, refused.status());
        assertNull(refused.etag(), "a refused grid has no ETag");
        assertFalse(refused.body().contains("data-s=\""), "no pupil of another class");
    }

    /** The marks of a cell of the grid (the row of the pupil, the column of the lesson), in value order. */
    private static String cell(PageClient.Page page, long lesson, long student) {
        List<String> lessons = new ArrayList<>();
        Matcher header = Pattern.compile("data-l=\"(\\d+)\"").matcher(page.body());
        while (header.find()) {
            lessons.add(header.group(1));
        }
        int column = lessons.indexOf(Long.toString(lesson));
        assertTrue(column >= 0, "the lesson's column is on the grid");
        Matcher row =
                Pattern.compile("<tr data-s=\"" + student + "\"[\\s\\S]*?</tr>").matcher(page.body());
        assertTrue(row.find(), "the pupil's row is on the grid");
        Matcher cells = Pattern.compile("<td class=\"c[^\"]*\"(?: data-k=\"[^\"]*\")?>([^<]*)</td>")
                .matcher(row.group());
        for (int i = 0; i <= column; i++) {
            assertTrue(cells.find(), "the row has the lesson's cell: " + row.group());
        }
        // the marks of a cell in value order: two marks entered at one instant have no order of their own
        return java.util.Arrays.stream(cells.group(1).strip().split("\\s+"))
                .sorted()
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private void jdbc(String sql) throws Exception {
        jdbc(sql, f.lessonA(), f.studentA());
    }

    private void jdbc(String sql, long... params) throws Exception {
        Jdbc.updateOne(dataSource, sql, params);
    }
}
