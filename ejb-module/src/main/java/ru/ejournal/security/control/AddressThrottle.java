package ru.ejournal.security.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import ru.ejournal.common.control.Settings;
import ru.ejournal.security.boundary.ClientInfo;
import ru.ejournal.security.entity.VisitKind;

/**
 * Whether the client's address has had {@code ejournal.throttle.address.failures} (100) failed sign-ins, on
 * any accounts, within the last {@code ejournal.throttle.address.minutes} (10): counted in the visit log, so
 * every server of a cluster sees the same count. Guessing passwords (or API tokens) across many accounts from
 * one address is slowed down this way, beside the lockout of each account. Used by the login page, HTTP Basic
 * and the API's bearer tokens alike.
 */
@Dependent
public class AddressThrottle {

    @PersistenceContext
    EntityManager em;

    public boolean exceeded(ClientInfo client, Instant now) {
        if (client == null || client.ipAddress() == null) {
            return false;
        }
        int limit = Settings.getInt("ejournal.throttle.address.failures", 100);
        if (limit <= 0) {
            return false;
        }
        long failures = em.createQuery(
                        "select count(v) from VisitEvent v where v.ipAddress = :ip and v.kind = :kind"
                                + " and v.occurredAt > :since",
                        Long.class)
                .setParameter("ip", client.ipAddress())
                .setParameter("kind", VisitKind.LOGIN_FAILED)
                .setParameter(
                        "since",
                        now.minus(Duration.ofMinutes(Settings.getInt("ejournal.throttle.address.minutes", 10))))
                .getSingleResult();
        return failures >= limit;
    }
}
