package ru.ejournal.batch.regionimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link BulkLoad} on a real PostgreSQL (the one it works on), in a schema of its own with a school and an
 * absence table keyed to it: the keys and indexes go and come back, and a load that cannot have its locks keeps
 * them with its transaction still usable. Without a PostgreSQL at {@code test.postgres.url} (by default the
 * local {@code test} database) the tests are skipped.
 */
class BulkLoadTest {

    private static final String URL = System.getProperty("test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");

    private final String schema = "bulk_load_" + UUID.randomUUID().toString().substring(0, 8);
    private Connection c;

    @BeforeEach
    void createTables() throws SQLException {
        try {
            c = connect();
        } catch (SQLException e) {
            assumeTrue(false, "no PostgreSQL at " + URL + ": " + e.getMessage());
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            s.execute("SET search_path TO " + schema);
            s.execute("CREATE TABLE school (id BIGINT PRIMARY KEY, code VARCHAR(50) NOT NULL UNIQUE)");
            s.execute("CREATE TABLE absence (id BIGINT PRIMARY KEY, school_id BIGINT NOT NULL"
                    + " CONSTRAINT fk_absence_school REFERENCES school (id), lesson_no INT NOT NULL,"
                    + " code VARCHAR(2) NOT NULL, CONSTRAINT uq_absence UNIQUE (school_id, lesson_no))");
            s.execute("CREATE INDEX ix_absence_code ON absence (code)");
            s.execute("INSERT INTO school VALUES (1, 'S1')");
            s.execute("INSERT INTO absence SELECT n, 1, n, 'Н' FROM generate_series(1, 100) n");
        }
        c.setAutoCommit(false);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, "postgres", System.getProperty("test.postgres.password", ""));
    }

    @AfterEach
    void dropTables() throws SQLException {
        if (c != null) {
            c.rollback();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
            c.close();
        }
    }

    @Test
    @DisplayName(
            "A load that doubles its table runs without its foreign keys and secondary indexes and makes them anew")
    void dropsAndMakesAnew() throws SQLException {
        List<String> before = keysAndIndexes();

        BulkLoad load = BulkLoad.begin(c, "absence", 100);
        assertTrue(load.withoutKeys());
        assertEquals(
                List.of("absence_pkey", "uq_absence"),
                keysAndIndexes().stream().map(k -> k.split(" ")[0]).toList(),
                "the primary and unique keys stay: the load's duplicate checks use them");
        insertAbsences(101, 300);
        load.end();

        assertEquals(before, keysAndIndexes());
        c.commit();
        assertEquals(before, keysAndIndexes());
    }

    @Test
    @DisplayName("The key is validated over the whole table when it comes back: a row it refuses fails the load")
    void theKeyComesBackValidated() throws SQLException {
        BulkLoad load = BulkLoad.begin(c, "absence", 100);
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO absence VALUES (500, 2, 500, 'Н')");
        }
        SQLException refused = assertThrows(SQLException.class, load::end);
        assertEquals("23503", refused.getSQLState(), refused.getMessage());
    }

    @Test
    @DisplayName("A smaller load keeps the keys and indexes")
    void aSmallerLoadKeepsThem() throws SQLException {
        List<String> before = keysAndIndexes();
        BulkLoad load = BulkLoad.begin(c, "absence", 10);
        assertFalse(load.withoutKeys());
        assertEquals(before, keysAndIndexes());
        load.end();
    }

    @Test
    @DisplayName("When the locks do not come within 3 s (someone reads the schools), the load keeps the keys and its"
            + " transaction goes on")
    void keepsTheKeysWhenTheLocksDoNotCome() throws Exception {
        List<String> before = keysAndIndexes();
        c.commit();
        try (Connection other = connect()) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.execute("LOCK TABLE " + schema + ".school IN ACCESS SHARE MODE");
            }
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO absence VALUES (1000, 1, 1000, 'Б')");
            }

            BulkLoad load = BulkLoad.begin(c, "absence", 100);
            assertFalse(load.withoutKeys());
            assertEquals(before, keysAndIndexes());
            insertAbsences(101, 300);
            load.end();
            other.rollback();
        }
        c.commit();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM absence")) {
            rs.next();
            assertEquals(301, rs.getLong(1), "what the transaction wrote before and after the refused locks is kept");
        }
        assertEquals(before, keysAndIndexes());
    }

    private void insertAbsences(int from, int to) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO absence SELECT n, 1, n, 'У' FROM generate_series(" + from + ", " + to + ") n");
        }
    }

    /** The table's keys and indexes: name and definition. */
    private List<String> keysAndIndexes() throws SQLException {
        List<String> all = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint"
                        + " WHERE conrelid = CAST('absence' AS regclass) UNION ALL SELECT indexname || ' ' || indexdef"
                        + " FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'absence'"
                        + " AND indexname NOT IN (SELECT conname FROM pg_constraint) ORDER BY 1")) {
            while (rs.next()) {
                all.add(rs.getString(1));
            }
        }
        return all;
    }
}
