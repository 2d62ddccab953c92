package ru.ejournal.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import ru.ejournal.common.boundary.HealthService;

/**
 * MicroProfile Health's readiness of this server, on WildFly's management port ({@code :9990/health/ready}):
 * ready when the journal's database answers, the same check as the load balancers' {@code /health} on the
 * application port ({@link HealthServlet}), which stays as it is.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    HealthService health;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("journal-database")
                .status(health.databaseUp())
                .build();
    }
}
