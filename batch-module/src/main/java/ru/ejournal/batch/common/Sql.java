package ru.ejournal.batch.common;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The little that differs between PostgreSQL and H2, and value conversions for JDBC. */
public final class Sql {

    private Sql() {}

    public static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    public static String nextSequenceValue(Connection connection) throws SQLException {
        return isPostgres(connection) ? "SELECT nextval('journal_seq')" : "SELECT NEXT VALUE FOR journal_seq";
    }

    /** Instants are stored as UTC wall-clock time (as {@code InstantConverter} does). */
    public static Timestamp nowUtc() {
        return Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    }

    public static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
