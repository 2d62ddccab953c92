package ru.ejournal.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatabaseReadinessCheckTest {

    @Test
    @DisplayName("UP when the query answers, with the datasource and the database's name; the query has a timeout")
    void upWhenTheQueryAnswers() {
        List<String> calls = new ArrayList<>();
        DatabaseReadinessCheck check = new DatabaseReadinessCheck();
        check.dataSource = answering(calls);

        HealthCheckResponse response = check.call();

        assertEquals("database", response.getName());
        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        Map<String, Object> data = response.getData().orElseThrow();
        assertEquals("java:jboss/datasources/JournalDS", data.get("datasource"));
        assertEquals("PostgreSQL", data.get("database"));
        assertEquals(List.of("setQueryTimeout 3", "execute SELECT 1", "close statement", "close connection"), calls);
    }

    @Test
    @DisplayName("DOWN with the driver's reason when the database does not give a connection")
    void downWithTheReasonWhenTheDatabaseDoesNotAnswer() {
        DatabaseReadinessCheck check = new DatabaseReadinessCheck();
        check.dataSource = proxy(DataSource.class, (method, args) -> {
            throw new SQLTransientConnectionException("Connection refused", "08001");
        });

        HealthCheckResponse response = check.call();

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        Object reason = response.getData().orElseThrow().get("reason");
        assertEquals("08001 Connection refused", reason);
    }

    @Test
    @DisplayName("DOWN when the connection is given but the query fails (a timeout, a broken connection)")
    void downWhenTheQueryFails() {
        DatabaseReadinessCheck check = new DatabaseReadinessCheck();
        Statement failing = proxy(Statement.class, (method, args) -> {
            if (method.equals("execute")) {
                throw new SQLException("canceling statement due to statement timeout", "57014");
            }
            return null;
        });
        Connection connection =
                proxy(Connection.class, (method, args) -> method.equals("createStatement") ? failing : null);
        check.dataSource = proxy(DataSource.class, (method, args) -> connection);

        HealthCheckResponse response = check.call();

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertTrue(response.getData().orElseThrow().get("reason").toString().startsWith("57014 canceling"));
    }

    private static DataSource answering(List<String> calls) {
        DatabaseMetaData metaData = proxy(
                DatabaseMetaData.class,
                (method, args) -> method.equals("getDatabaseProductName") ? "PostgreSQL" : null);
        Statement statement = proxy(Statement.class, (method, args) -> {
            switch (method) {
                case "setQueryTimeout" -> calls.add("setQueryTimeout " + args[0]);
                case "execute" -> calls.add("execute " + args[0]);
                case "close" -> calls.add("close statement");
                default -> {}
            }
            return method.equals("execute") ? Boolean.TRUE : null;
        });
        Connection connection = proxy(Connection.class, (method, args) -> switch (method) {
            case "createStatement" -> statement;
            case "getMetaData" -> metaData;
            case "close" -> {
                calls.add("close connection");
                yield null;
            }
            default -> null;
        });
        return proxy(DataSource.class, (method, args) -> connection);
    }

    @FunctionalInterface
    private interface Answer {
        Object answer(String method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(
                type.getClassLoader(),
                new Class<?>[] {type},
                (self, method, args) -> answer.answer(method.getName(), args)));
    }
}
