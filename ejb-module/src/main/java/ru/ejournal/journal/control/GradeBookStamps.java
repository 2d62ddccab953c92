package ru.ejournal.journal.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The version of a teacher's own journal grid in one statement, without an entity, from the version stamps the
 * e-diary uses ({@code diary_stamp}, V30): what a grid shows is what the diaries of its pupils show (marks,
 * absences, period grades, memberships: the pupil's stamp; lessons, subgroups, assignments: the class's; periods,
 * subjects, work types, the school's settings: the school's), which database triggers bump in every writing
 * transaction, whoever writes. Besides them, what only a grid shows is read as it is: the teacher's name and roles
 * (the top bar, the menu) and, per own assignment, the count and version sum of its lessons (the lesson dialog's
 * attendance flag, which the stamps leave out so that a cell save does not invalidate every diary of the class).
 *
 * <p>Only the caller's own assignments of the current year, and the first of them when none is asked for, take
 * this way; any other grid (a class teacher's or the administration's reading, a replacement) returns null and the
 * page filter reads the grid itself.
 */
@ApplicationScoped
public class GradeBookStamps {

    /*
     * Kind 0: the account (enabled, no one-time password) with its school, staff member, name and the school's
     * stamp; 1: its roles; 2: every class the teacher teaches this year or keeps, with its stamp (the top bar, the
     * choice of assignments); 3: every pupil of the grid's class now or before, with theirs; 4: the own assignment
     * of the current year with its class, its lessons' count and version sum. Without an assignment asked for, the
     * grid is the first own one: 3 and 4 then cover every class and assignment of the teacher. No common table
     * expressions: H2 2.2 evaluates their parameters once, at prepare.
     */
    private static final String CLASSES = """
            SELECT ta.school_class_id AS id FROM user_account a
            JOIN teaching_assignment ta ON ta.teacher_id = a.staff_member_id
            JOIN academic_year y ON y.id = ta.academic_year_id AND y.is_current = TRUE
            WHERE a.login = ?
            UNION
            SELECT c.id FROM user_account a JOIN school_class c ON c.class_teacher_id = a.staff_member_id
            WHERE a.login = ?""";

    private static final String ASKED_CLASS = "SELECT ta.school_class_id FROM teaching_assignment ta WHERE ta.id = ?";

    private static final String SQL = """
            SELECT 0 AS kind, a.school_id AS x, a.staff_member_id AS y,
                   m.last_name || '|' || m.first_name || '|' || COALESCE(m.patronymic, '') AS txt,
                   (SELECT d.stamp FROM diary_stamp d WHERE d.scope = 'K' AND d.id = a.school_id) AS st,
                   CAST(NULL AS BIGINT) AS n
            FROM user_account a JOIN staff_member m ON m.id = a.staff_member_id
            WHERE a.login = ? AND a.enabled = TRUE AND a.must_change_password = FALSE
            UNION ALL
            SELECT 1, CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), r.role, CAST(NULL AS BIGINT), CAST(NULL AS BIGINT)
            FROM user_account a JOIN user_role r ON r.account_id = a.id WHERE a.login = ?
            UNION ALL
            SELECT 2, k.id, CAST(NULL AS BIGINT), NULL,
                   (SELECT d.stamp FROM diary_stamp d WHERE d.scope = 'C' AND d.id = k.id), CAST(NULL AS BIGINT)
            FROM (%1$s) k
            UNION ALL
            SELECT 3, p.id, CAST(NULL AS BIGINT), NULL,
                   (SELECT d.stamp FROM diary_stamp d WHERE d.scope = 'S' AND d.id = p.id), CAST(NULL AS BIGINT)
            FROM (SELECT st.id FROM student st WHERE st.school_class_id IN (%2$s)
                  UNION
                  SELECT sm.student_id FROM student_class_membership sm WHERE sm.school_class_id IN (%2$s)) p
            UNION ALL
            SELECT 4, ta.id, ta.school_class_id, NULL, SUM(l.version), COUNT(l.id)
            FROM user_account a
            JOIN teaching_assignment ta ON ta.teacher_id = a.staff_member_id AND ta.school_id = a.school_id
            JOIN academic_year y ON y.id = ta.academic_year_id AND y.is_current = TRUE
            LEFT JOIN lesson l ON l.school_class_id = ta.school_class_id AND l.subject_id = ta.subject_id
            WHERE a.login = ?%3$s
            GROUP BY ta.id, ta.school_class_id
            ORDER BY 1, 2, 3, 4""";

    /** The first own assignment's grid: every class and assignment of the teacher. */
    private static final String FIRST = SQL.formatted(CLASSES, CLASSES, "");

    /** The grid of one assignment, if it is the caller's own. */
    private static final String ASKED = SQL.formatted(CLASSES, ASKED_CLASS, " AND ta.id = ?");

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    DataSource dataSource;

    /**
     * The version of the grid of {@code assignment} (the first own one if null) for the signed-in {@code login},
     * a subject teacher; null when the page must read the grid itself: no such account or a blocked one, a
     * one-time password, an assignment that is not the caller's own of the current year.
     */
    public String revision(String login, Long assignment, LocalDate today) {
        List<String> rows = new ArrayList<>();
        boolean found = false;
        boolean own = assignment == null;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(assignment == null ? FIRST : ASKED)) {
            // the parameters in their order: the account, its roles, its classes (2), the grid's pupils (4 logins
            // or the assignment twice), the assignments (the login, and the assignment if asked)
            List<Object> params = new ArrayList<>(List.of(login, login, login, login));
            if (assignment == null) {
                params.addAll(List.of(login, login, login, login, login));
            } else {
                params.addAll(List.of(assignment, assignment, login, assignment));
            }
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int kind = rs.getInt(1);
                    long x = rs.getLong(2);
                    found |= kind == 0;
                    own |= kind == 4 && assignment != null && assignment == x;
                    rows.add(kind + ":" + x + ":" + rs.getLong(3) + ":" + rs.getString(4) + ":" + rs.getLong(5) + ":"
                            + rs.getLong(6));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found && own ? today + " " + String.join(",", rows) : null;
    }
}
