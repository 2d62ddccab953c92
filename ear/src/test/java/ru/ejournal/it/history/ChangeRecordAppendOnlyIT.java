package ru.ejournal.it.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.school.entity.School;

/**
 * {@code change_record} is append-only in the database itself (ASVS 7.3.3, 7.3.4): a trigger refuses
 * every UPDATE and DELETE (plpgsql on PostgreSQL, a Java trigger in WildFly's H2 module on H2), whatever
 * the code path; inserting still works. Run on H2 and on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
class ChangeRecordAppendOnlyIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    Tx tx;

    Fixture f;
    long recordId;

    @BeforeEach
    void createRecord() {
        f = schools.create();
        recordId = tx.call(em -> {
            ChangeRecord record = new ChangeRecord(
                    em.find(School.class, f.schoolId()),
                    "Mark",
                    1L,
                    "value",
                    "3",
                    "5",
                    f.subjectTeacherA(),
                    Instant.now());
            em.persist(record);
            em.flush();
            return record.getId();
        });
    }

    @Test
    @DisplayName("UPDATE of a change record is refused by the database; the row stays as written")
    void updateRefused() throws Exception {
        SQLException refused = assertThrows(
                SQLException.class,
                () -> execute(
                        "UPDATE change_record SET new_value = '2', changed_by = 'someone' WHERE id = " + recordId));
        assertTrue(refused.getMessage().contains("только пополняется"), refused.getMessage());
        assertEquals("5|" + f.subjectTeacherA(), row());
    }

    @Test
    @DisplayName("DELETE of a change record is refused by the database; inserting goes on")
    void deleteRefused() throws Exception {
        SQLException refused =
                assertThrows(SQLException.class, () -> execute("DELETE FROM change_record WHERE id = " + recordId));
        assertTrue(refused.getMessage().contains("только пополняется"), refused.getMessage());
        assertEquals("5|" + f.subjectTeacherA(), row());
        assertThrows(
                SQLException.class,
                () -> execute("DELETE FROM change_record WHERE school_id = " + f.schoolId()),
                "nor a bulk delete");
    }

    @Test
    @DisplayName("A JPA bulk update of change records fails too")
    void jpaBulkUpdateRefused() {
        assertThrows(
                Exception.class,
                () -> tx.call(em -> em.createQuery("update ChangeRecord c set c.reason = 'x' where c.id = :id")
                        .setParameter("id", recordId)
                        .executeUpdate()));
        assertEquals("5|" + f.subjectTeacherA(), row());
    }

    private static DataSource dataSource() throws Exception {
        return InitialContext.doLookup("java:jboss/datasources/JournalDS");
    }

    private static void execute(String sql) throws Exception {
        try (Connection c = dataSource().getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private String row() {
        try (Connection c = dataSource().getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT new_value, changed_by FROM change_record WHERE id = ?")) {
            ps.setLong(1, recordId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) + "|" + rs.getString(2) : null;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
