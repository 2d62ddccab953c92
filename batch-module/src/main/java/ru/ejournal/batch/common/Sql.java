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

    /** A query of {@code journal_seq}'s next values, as many as its one parameter says. */
    public static String nextSequenceValues(Connection connection) throws SQLException {
        return isPostgres(connection)
                ? "SELECT nextval('journal_seq') FROM generate_series(1, ?)"
                : "SELECT NEXT VALUE FOR journal_seq FROM SYSTEM_RANGE(1, ?)";
    }

    /** Instants are stored as UTC wall-clock time (as {@code InstantConverter} does). */
    public static Timestamp nowUtc() {
        return Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    }

    public static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
