package ru.ejournal.security.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes a batch of {@link AccessEvent}s in one transaction with two JDBC batch statements, one per
 * log. Each row takes the account and its school from the login ({@code INSERT … SELECT … FROM
 * user_account}), and a grade book's class from its teaching assignment, so the request path only
 * knew ids. Ids come from {@code journal_seq} a block of 50 at a time, as EclipseLink takes them.
 */
@Stateless
@PermitAll // called only by AccessLog's writer thread, which has no caller
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AccessLogWriter {

    private static final int ID_BLOCK = 50;

    private static final String VISIT = "INSERT INTO visit_event (id, school_id, account_id, login, kind,"
            + " student_id, occurred_at, ip_address) SELECT ?, u.school_id, u.id, u.login, 'DIARY_VIEW', ?,"
            + " CAST(? AS TIMESTAMP), ?"
            + " FROM user_account u WHERE u.login = ? AND u.school_id IS NOT NULL";

    private static final String PERSONAL_DATA = "INSERT INTO personal_data_view (id, school_id, account_id,"
            + " login, kind, student_id, parent_id, school_class_id, occurred_at, ip_address)"
            + " SELECT ?, u.school_id, u.id, u.login, ?, ?, ?,"
            + " COALESCE(?, (SELECT a.school_class_id FROM teaching_assignment a WHERE a.id = ?)),"
            + " CAST(? AS TIMESTAMP), ?"
            + " FROM user_account u WHERE u.login = ? AND u.school_id IS NOT NULL";

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    DataSource dataSource;

    public void write(List<AccessEvent> events) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement visits = c.prepareStatement(VISIT);
                PreparedStatement views = c.prepareStatement(PERSONAL_DATA)) {
            Ids ids = new Ids(c);
            int visitCount = 0;
            int viewCount = 0;
            for (AccessEvent e : events) {
                if (e.log() == AccessEvent.Log.DIARY_VISIT) {
                    visits.setLong(1, ids.next());
                    setLong(visits, 2, e.studentId());
                    visits.setTimestamp(3, utc(e));
                    visits.setString(4, e.ipAddress());
                    visits.setString(5, e.login());
                    visits.addBatch();
                    visitCount++;
                } else {
                    views.setLong(1, ids.next());
                    views.setString(2, e.kind().name());
                    setLong(views, 3, e.studentId());
                    setLong(views, 4, e.parentId());
                    setLong(views, 5, e.classId());
                    setLong(views, 6, e.assignmentId());
                    views.setTimestamp(7, utc(e));
                    views.setString(8, e.ipAddress());
                    views.setString(9, e.login());
                    views.addBatch();
                    viewCount++;
                }
            }
            if (visitCount > 0) {
                visits.executeBatch();
            }
            if (viewCount > 0) {
                views.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Access log not written", e);
        }
    }

    private static Timestamp utc(AccessEvent e) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(e.at(), ZoneOffset.UTC));
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    /** Ids of one batch: one {@code nextval} (INCREMENT BY 50) gives the block {@code value-49 .. value}. */
    private static final class Ids {

        private final Connection connection;
        private long next;
        private long last = -1;

        Ids(Connection connection) {
            this.connection = connection;
        }

        long next() throws SQLException {
            if (next > last) {
                String sql = connection
                                .getMetaData()
                                .getDatabaseProductName()
                                .toLowerCase()
                                .contains("postgres")
                        ? "SELECT nextval('journal_seq')"
                        : "SELECT NEXT VALUE FOR journal_seq";
                try (PreparedStatement ps = connection.prepareStatement(sql);
                        ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    last = rs.getLong(1);
                    next = last - ID_BLOCK + 1;
                }
            }
            return next++;
        }
    }
}
