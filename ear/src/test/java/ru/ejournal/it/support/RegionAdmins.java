package ru.ejournal.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import ru.ejournal.security.control.PasswordHasher;
import ru.ejournal.security.entity.UserAccount;

/** Creates a fresh region administrator (an account of no school) for a test; its password is {@link Fixture#PASSWORD}. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RegionAdmins {

    /** The roles of a region administrator, for {@link Caller}. */
    public static final Set<String> ROLES = Set.of("REGION_ADMIN");

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    /** A new region administrator's login. */
    public String create() {
        String login = "reg-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = UserAccount.regionAdministrator(login, hasher.hash(Fixture.PASSWORD), Instant.now());
        account.setMustChangePassword(false);
        em.persist(account);
        return login;
    }
}
