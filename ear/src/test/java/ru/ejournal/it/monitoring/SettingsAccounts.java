package ru.ejournal.it.monitoring;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import ru.ejournal.school.entity.School;
import ru.ejournal.security.control.PasswordHasher;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;

/** Extra accounts for the settings tests (an administrator of the other school). */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SettingsAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    public String account(long schoolId, String login, Role role) {
        UserAccount account = new UserAccount(
                em.find(School.class, schoolId),
                login,
                hasher.hash(MonitoringFixtures.PASSWORD),
                EnumSet.of(role),
                Instant.now());
        account.setEnabled(true);
        account.setMustChangePassword(false); // a test account has its own password already
        em.persist(account);
        return login;
    }
}
