package ru.ejournal.batch.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ids for JDBC inserts from the one sequence {@code journal_seq}, the way EclipseLink takes them:
 * one {@code nextval} (INCREMENT BY 50) gives the block {@code value-49 .. value}.
 */
public final class Ids {

    private static final int BLOCK = 50;

    private long next;
    private long last = -1;

    public long next(Connection connection) throws SQLException {
        if (next > last) {
            try (PreparedStatement ps = connection.prepareStatement(Sql.nextSequenceValue(connection));
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                last = rs.getLong(1);
                next = last - BLOCK + 1;
            }
        }
        return next++;
    }
}
