package ru.ejournal.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The journal's readiness for WildFly's MicroProfile Health ({@code /health/ready} on the management port): one
 * query through the journal's datasource, the one every request uses. DOWN with the driver's reason when the
 * database refuses the connection or does not answer within {@value #TIMEOUT_SECONDS} s. The application's own
 * {@code /health} on the HTTP port (the load balancer's check) is another thing and stays as it is.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    static final String NAME = "database";
    static final String DATASOURCE = "java:jboss/datasources/JournalDS";
    static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("datasource", DATASOURCE);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            statement.execute("SELECT 1");
            data.put("database", connection.getMetaData().getDatabaseProductName());
            return new HealthCheckResponse(NAME, HealthCheckResponse.Status.UP, Optional.of(data));
        } catch (SQLException e) {
            data.put("reason", reason(e));
            return new HealthCheckResponse(NAME, HealthCheckResponse.Status.DOWN, Optional.of(data));
        }
    }

    /** The driver's message, with its SQLSTATE when it gives one ("08001" and the like: no connection). */
    private static String reason(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        return e.getSQLState() == null ? message : e.getSQLState() + " " + message;
    }
}
