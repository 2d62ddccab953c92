package ru.ejournal.h2;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.h2.api.Trigger;

/**
 * Bumps the e-diary's version stamp (table {@code diary_stamp}, migration V30) of the pupil, class, school or
 * parent whose diary a row's change touches, in the writing transaction, on H2 — PostgreSQL does the same with
 * statement triggers (db/vendor/postgresql/R__diary_stamp.sql). H2 passes a trigger class no arguments, so the
 * trigger's name carries them: {@code diary_stamp|table|scope|column|via|ignored}, where {@code column} holds the
 * scope's id (or, with {@code via} = {@code table.column}, the id of a row of that table whose column holds it)
 * and {@code ignored} lists the columns an UPDATE may change without changing the diary (an UPDATE that changes
 * nothing else bumps nothing).
 */
public class DiaryStampTrigger implements Trigger {

    private String scope;
    private int key;
    private String via;
    private boolean[] counts;

    @Override
    public void init(
            Connection connection, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        String[] args = triggerName.split("\\|", -1);
        if (args.length != 6 || !"diary_stamp".equals(args[0])) {
            throw new SQLException(
                    "Триггер " + triggerName + ": ожидается имя diary_stamp|table|scope|column|via|ignored");
        }
        scope = args[2];
        via = args[4].isEmpty() ? null : lookup(args[4]);
        Set<String> ignored = new LinkedHashSet<>(
                Arrays.asList(args[5].toLowerCase(Locale.ROOT).split(",")));
        List<String> columns = new ArrayList<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rs = meta.getColumns(null, schemaName, tableName, null)) {
            Map<Integer, String> byPosition = new HashMap<>();
            while (rs.next()) {
                byPosition.put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
            }
            for (int i = 1; i <= byPosition.size(); i++) {
                columns.add(byPosition.get(i).toLowerCase(Locale.ROOT));
            }
        }
        key = columns.indexOf(args[3].toLowerCase(Locale.ROOT));
        if (key < 0) {
            throw new SQLException("Триггер " + triggerName + ": в таблице " + tableName + " нет столбца " + args[3]);
        }
        counts = new boolean[columns.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = !ignored.contains(columns.get(i));
        }
    }

    /** {@code timetable.school_class_id} → the statement that reads the scope's id from that row. */
    private static String lookup(String via) throws SQLException {
        String[] parts = via.split("\\.");
        if (parts.length != 2 || !parts[0].matches("[a-z_]+") || !parts[1].matches("[a-z_]+")) {
            throw new SQLException("diary_stamp: " + via);
        }
        return "SELECT " + parts[1] + " FROM " + parts[0] + " WHERE id = ?";
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow != null && newRow != null && !changed(oldRow, newRow)) {
            return;
        }
        Set<Object> keys = new LinkedHashSet<>();
        if (oldRow != null && oldRow[key] != null) {
            keys.add(oldRow[key]);
        }
        if (newRow != null && newRow[key] != null) {
            keys.add(newRow[key]);
        }
        for (Object k : keys) {
            Object id = via == null ? k : viaLookup(connection, k);
            if (id != null) {
                bump(connection, ((Number) id).longValue());
            }
        }
    }

    private boolean changed(Object[] oldRow, Object[] newRow) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] && !Objects.deepEquals(oldRow[i], newRow[i])) {
                return true;
            }
        }
        return false;
    }

    private Object viaLookup(Connection connection, Object k) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(via)) {
            s.setObject(1, k);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        }
    }

    /** stamp + 1, or a first row; two first writers at once: the second finds the first's row. */
    private void bump(Connection connection, long id) throws SQLException {
        if (update(connection, id) > 0) {
            return;
        }
        try (PreparedStatement s =
                connection.prepareStatement("INSERT INTO diary_stamp (scope, id, stamp) VALUES (?, ?, 1)")) {
            s.setString(1, scope);
            s.setLong(2, id);
            s.executeUpdate();
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState()) || update(connection, id) == 0) {
                throw e;
            }
        }
    }

    private int update(Connection connection, long id) throws SQLException {
        try (PreparedStatement s =
                connection.prepareStatement("UPDATE diary_stamp SET stamp = stamp + 1 WHERE scope = ? AND id = ?")) {
            s.setString(1, scope);
            s.setLong(2, id);
            return s.executeUpdate();
        }
    }
}
