package ru.ejournal.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** A write as a batch job or an import makes it: plain JDBC, no entity, no history. */
public final class Jdbc {

    private Jdbc() {}

    /** Runs {@code sql} with {@code params} and expects it to change exactly one row. */
    public static void updateOne(DataSource dataSource, String sql, long... params) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setLong(i + 1, params[i]);
            }
            assertEquals(1, s.executeUpdate());
        }
    }
}
