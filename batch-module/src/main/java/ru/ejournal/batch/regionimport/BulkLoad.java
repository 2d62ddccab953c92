package ru.ejournal.batch.regionimport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import ru.ejournal.batch.common.Sql;

/**
 * A load that at least doubles its table, on PostgreSQL, runs with the table's foreign keys and secondary
 * indexes dropped and made anew after it (PostgreSQL's own advice for populating a database). PostgreSQL
 * checks a foreign key of an inserted row row by row, a lookup and a row lock in the referenced table per
 * row and key: two thirds of the time of a million marks; added back, a key is validated over the whole
 * table by one join, and an index is built from one sort instead of a descent per row. The unique and
 * primary keys stay (the load's own duplicate checks use them). The tables stay locked until the
 * transaction ends (the file's last chunk), which suits a region's first load, when no one works in it yet;
 * a smaller load (a school's import into a filled region) keeps them all, and so does a load that cannot
 * have its locks within 3 seconds (someone is working in those tables after all). A failure or a {@code kill -9}
 * rolls the dropped keys and indexes back with the rows.
 */
final class BulkLoad {

    private final Connection c;
    private final String table;
    private final List<Key> dropped = new ArrayList<>();
    private final List<String> indexes = new ArrayList<>();

    /** A dropped foreign key: its name and definition as {@code pg_get_constraintdef} gives it. */
    private record Key(String name, String definition) {}

    private BulkLoad(Connection c, String table) {
        this.c = c;
        this.table = table;
    }

    /** Drops the table's foreign keys and secondary indexes when {@code rows} at least double it ({@link #end()} makes them anew). */
    static BulkLoad begin(Connection c, String table, long rows) throws SQLException {
        BulkLoad load = new BulkLoad(c, table);
        if (Sql.isPostgres(c) && rows > 0 && rows >= estimatedRows(c, table)) {
            // the locks are taken only if they come at once: someone working in these tables (a region that
            // is not new after all) keeps the keys, and the load runs with the row-level checks. The savepoint
            // is SQL: the pool refuses Connection.rollback(Savepoint) in a managed transaction.
            try (Statement s = c.createStatement()) {
                s.execute("SAVEPOINT bulk_load");
                try {
                    s.execute("SET LOCAL lock_timeout = '3s'");
                    load.drop();
                    s.execute("SET LOCAL lock_timeout TO DEFAULT");
                    s.execute("RELEASE SAVEPOINT bulk_load");
                } catch (SQLException e) {
                    if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState()) && !DEADLOCK.equals(e.getSQLState())) {
                        throw e;
                    }
                    s.execute("ROLLBACK TO SAVEPOINT bulk_load");
                    return new BulkLoad(c, table);
                }
            }
        }
        return load;
    }

    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String DEADLOCK = "40P01";

    private void drop() throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f'"
                        + " AND conrelid = CAST(? AS regclass) ORDER BY conname")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    dropped.add(new Key(rs.getString(1), rs.getString(2)));
                }
            }
        }
        if (!dropped.isEmpty()) {
            alter(dropped.stream().map(k -> "DROP CONSTRAINT " + k.name()).toList());
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT CAST(i.indexrelid AS regclass),"
                + " pg_get_indexdef(i.indexrelid) FROM pg_index i WHERE i.indrelid = CAST(? AS regclass)"
                + " AND NOT i.indisunique AND NOT EXISTS (SELECT 1 FROM pg_constraint k"
                + " WHERE k.conindid = i.indexrelid)")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery();
                    Statement s = c.createStatement()) {
                while (rs.next()) {
                    s.execute("DROP INDEX " + rs.getString(1));
                    indexes.add(rs.getString(2));
                }
            }
        }
    }

    /** Whether this load runs without the table's foreign keys and secondary indexes (until {@link #end()}). */
    boolean withoutKeys() {
        return !dropped.isEmpty() || !indexes.isEmpty();
    }

    /** Builds the dropped indexes again and adds the dropped keys back, each validated over the whole table. */
    void end() throws SQLException {
        if (!indexes.isEmpty()) {
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCAL maintenance_work_mem = '256MB'");
                for (String index : indexes) {
                    s.execute(index);
                }
            }
            indexes.clear();
        }
        if (!dropped.isEmpty()) {
            alter(dropped.stream()
                    .map(k -> "ADD CONSTRAINT " + k.name() + " " + k.definition())
                    .toList());
            dropped.clear();
        }
    }

    private void alter(List<String> actions) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + table + " " + String.join(", ", actions));
        }
    }

    /** The planner's estimate of the table's rows: its statistics scaled to its present size. */
    private static long estimatedRows(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT CASE WHEN relpages > 0 AND reltuples > 0"
                + " THEN reltuples / relpages * (pg_relation_size(oid) / current_setting('block_size')::int)"
                + " ELSE pg_relation_size(oid) / 100 END FROM pg_class WHERE oid = CAST(? AS regclass)")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
