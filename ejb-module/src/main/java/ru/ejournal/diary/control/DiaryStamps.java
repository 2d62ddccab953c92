package ru.ejournal.diary.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import ru.ejournal.diary.boundary.DiaryRevision;

/**
 * The version of a parent's or student's e-diary page in one statement, without an entity: the caller's account
 * (enabled, no one-time password), the children it reads (a parent's own children, a student themself), and the
 * stamps ({@code diary_stamp}, V30) of those children, of their classes now and before (memberships), of their
 * schools and of the parent's own record. Database triggers bump the stamps in every writing transaction, so the
 * version can never be older than the data, whoever wrote it, and nothing is kept in memory that the nodes of a
 * cluster would have to share.
 *
 * <p>Every child's stamps are part of the version, not only the shown child's: the page lists every child by name
 * and class, and the child shown by default is decided as {@code DiaryService.children} decides it. The stamps are
 * read before the page's data (a full view reads its data after): a change that commits in between makes the next
 * revalidation render once more, never a 304 of an older page.
 */
@ApplicationScoped
public class DiaryStamps {

    /*
     * One row for the caller's account (kind 0: its school, its parent record's stamp) and one per child (kind 1
     * a parent's child, 2 the student themself) with the stamps of the child, of the class, of the school and of
     * the classes the child was in before (a sum: a change of the memberships bumps the child's own stamp, so for
     * one stamp of the child the set is fixed, and each stamp only grows). No common table expressions: H2 2.2
     * evaluates their parameters once, when the statement is prepared. Ordered as DiaryService.children orders the
     * children (by the database's collation): the first child is the page's default.
     */
    private static final String SQL = """
            SELECT 0 AS kind, a.school_id, NULL AS last_name, NULL AS first_name, a.parent_id AS id,
                   (SELECT d.stamp FROM diary_stamp d WHERE d.scope = 'P' AND d.id = a.parent_id) AS own,
                   NULL AS of_class, NULL AS of_school, NULL AS of_memberships
            FROM user_account a
            WHERE a.login = ? AND a.enabled = TRUE AND a.must_change_password = FALSE
            UNION ALL
            SELECT 1 + k.origin, s.school_id, s.last_name, s.first_name, s.id,
                   (SELECT d.stamp FROM diary_stamp d WHERE d.scope = 'S' AND d.id = s.id),
                   (SELECT d.stamp FROM diary_stamp d WHERE d.scope = 'C' AND d.id = s.school_class_id),
                   (SELECT d.stamp FROM diary_stamp d WHERE d.scope = 'K' AND d.id = s.school_id),
                   (SELECT SUM(d.stamp) FROM student_class_membership m
                    JOIN diary_stamp d ON d.scope = 'C' AND d.id = m.school_class_id WHERE m.student_id = s.id)
            FROM (SELECT sp.student_id AS id, 0 AS origin
                  FROM user_account a JOIN student_parent sp ON sp.parent_id = a.parent_id
                  WHERE a.login = ? AND ? = TRUE
                  UNION ALL
                  SELECT a.student_id, 1 FROM user_account a
                  WHERE a.login = ? AND a.student_id IS NOT NULL AND ? = TRUE) k
            JOIN student s ON s.id = k.id
            ORDER BY 1, 3, 4, 5""";

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    DataSource dataSource;

    private record Kid(long id, Long schoolId) {}

    /**
     * The version of the page of {@code child} (the first child if null) for the signed-in {@code login}; null
     * when the page itself must decide (no such account or a blocked one, a one-time password, a child that is
     * not the caller's, another school's child): the full page reports it as it always has.
     */
    public DiaryRevision revision(String login, boolean parent, boolean student, Long child, LocalDate today) {
        List<Kid> kids = new ArrayList<>();
        List<String> stamps = new ArrayList<>();
        Long callerSchool = null;
        boolean found = false;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(SQL)) {
            s.setString(1, login);
            s.setString(2, login);
            s.setBoolean(3, parent);
            s.setString(4, login);
            s.setBoolean(5, student);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int kind = rs.getInt(1);
                    Long school = rs.getObject(2, Long.class);
                    long id = rs.getLong(5);
                    if (kind == 0) {
                        found = true;
                        callerSchool = school;
                    } else {
                        kids.add(new Kid(id, school));
                    }
                    stamps.add(kind + ":" + id + ":" + rs.getLong(6) + ":" + rs.getLong(7) + ":" + rs.getLong(8) + ":"
                            + rs.getLong(9));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (!found) {
            return null;
        }
        Kid shown = child == null
                ? kids.stream().findFirst().orElse(null)
                : kids.stream().filter(k -> k.id() == child).findFirst().orElse(null);
        if (child != null && shown == null) {
            return null;
        }
        if (shown != null && !Objects.equals(shown.schoolId(), callerSchool)) {
            return null;
        }
        stamps.sort(null);
        return new DiaryRevision(shown == null ? null : shown.id(), today + " " + String.join(",", stamps));
    }
}
