package ru.ejournal.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Whether a web session signed in at a given moment may go on: the account still exists, is not blocked,
 * and its password has not been changed or reset since (a change or reset ends every other session of
 * the account). Asked by the web layer on each page request; the answer comes from the database, so every
 * server of a cluster gives the same one without a registry of sessions in memory.
 */
@Stateless
@PermitAll
public class SessionCheck {

    @PersistenceContext
    EntityManager em;

    public boolean stillValid(String login, Instant signedInAt) {
        if (login == null || signedInAt == null) {
            return false;
        }
        return em.createQuery(
                        "select u.enabled, u.passwordChangedAt from UserAccount u where u.login = :login",
                        Object[].class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst()
                .map(r -> Boolean.TRUE.equals(r[0]) && (r[1] == null || !((Instant) r[1]).isAfter(signedInAt)))
                .orElse(false);
    }
}
