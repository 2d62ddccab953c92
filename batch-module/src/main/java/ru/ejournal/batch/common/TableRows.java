package ru.ejournal.batch.common;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Rows for one table, gathered by a chunk's writer and inserted at once in the chunk's transaction: on
 * PostgreSQL by {@code COPY … FROM STDIN} through the driver's CopyManager (a single round trip, no statement
 * per row), elsewhere (H2) by a JDBC batch.
 */
public final class TableRows {

    private final String table;
    private final List<String> columns;
    private final List<Object[]> rows = new ArrayList<>();

    public TableRows(String table, String... columns) {
        this.table = table;
        this.columns = List.of(columns);
    }

    /** A row: one value a column, in the columns' order (null, a number, a boolean, a string, a timestamp). */
    public void add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(
                    table + ": " + values.length + " values for " + columns.size() + " columns");
        }
        rows.add(values);
    }

    public int size() {
        return rows.size();
    }

    public void insert(Connection c) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        if (Sql.isPostgres(c)) {
            copy(c);
        } else {
            batch(c);
        }
        rows.clear();
    }

    /** COPY in text format: tab-separated, {@code \N} for null, backslash escapes. */
    private void copy(Connection c) throws SQLException {
        StringBuilder data = new StringBuilder(rows.size() * 16 * columns.size());
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    data.append('\t');
                }
                appendCopyValue(data, text(row[i]));
            }
            data.append('\n');
        }
        try {
            c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN",
                            new StringReader(data.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed", e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b ? "t" : "f";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }

    /** A value of COPY's text format: backslash, tab and line breaks escaped; {@code \N} is null. */
    public static void appendCopyValue(StringBuilder out, String value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }

    private void batch(Connection c) throws SQLException {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
