package ru.ejournal.region.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import ru.ejournal.common.control.Texts;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.security.control.PasswordHasher;
import ru.ejournal.security.entity.UserAccount;

/** Region-level accounts: the first region administrator of an installation that has no account. */
@Stateless
@PermitAll
public class RegionAccounts {

    /** The login of the region administrator created at the first start. */
    public static final String FIRST_LOGIN = "region-admin";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    ChangeHistory history;

    /**
     * Creates the first region administrator when the database has no account at all and returns the
     * one-time password (never stored in clear); empty when there is an account already. Its own
     * transaction, flushed here, so that a second node's concurrent insert of the same login fails.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> createFirstAdministrator() {
        long existing =
                em.createQuery("select count(a) from UserAccount a", Long.class).getSingleResult();
        if (existing > 0) {
            return Optional.empty();
        }
        String password = hasher.newInitialPassword();
        UserAccount account = UserAccount.regionAdministrator(FIRST_LOGIN, hasher.hash(password), Instant.now());
        account.setMustChangePassword(true);
        em.persist(account);
        em.flush();
        history.record(account, Map.of(), "system", Texts.text("region.history.firstAdminCreated"));
        return Optional.of(password);
    }
}
