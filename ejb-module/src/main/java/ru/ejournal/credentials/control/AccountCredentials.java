package ru.ejournal.credentials.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.school.entity.School;
import ru.ejournal.security.control.PasswordHasher;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;

/**
 * What every kind of account shares, whoever manages it (the class teacher for a class's students and
 * parents, the administrator for staff): a free login from the person's name, a one-time password whose
 * hash alone is stored and which must be changed at the next sign-in, block and unblock; each change
 * with its history. The services decide who may do it to whom.
 */
@Dependent
public class AccountCredentials {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    ChangeHistory history;

    /**
     * A new account with a login made from the name ({@code taken}: logins given out earlier in the same
     * action) and the given one-time password; with a null password the account gets none usable and
     * stays disabled until credentials are issued.
     */
    public UserAccount create(
            School school, String lastName, String firstName, String password, Set<Role> roles, Set<String> taken) {
        Instant now = Instant.now();
        String login = freeLogin(LoginNames.base(lastName, firstName), taken);
        taken.add(login);
        String secret = password != null ? password : UUID.randomUUID().toString();
        UserAccount account = new UserAccount(school, login, hasher.hash(secret), EnumSet.copyOf(roles), now);
        account.setMustChangePassword(true);
        if (password == null) {
            account.setEnabled(false);
            account.setPasswordIssuedAt(null);
        }
        em.persist(account);
        return account;
    }

    /** A fresh one-time password for the account (returned, never stored in clear); lifts a lock-out. */
    public String issuePassword(UserAccount account, boolean enable, String by, String reason) {
        Map<String, String> before = account.auditSnapshot();
        String password = hasher.newInitialPassword();
        account.setPasswordHash(hasher.hash(password));
        account.setMustChangePassword(true);
        account.setPasswordIssuedAt(Instant.now());
        // the sessions signed in before now end (SessionValidityFilter): whoever knew the old password is out
        account.setPasswordChangedAt(Instant.now());
        account.setFailedLogins(0);
        account.setLockedUntil(null);
        if (enable) {
            account.setEnabled(true);
        }
        history.record(account, before, by, reason);
        return password;
    }

    /** Blocks or unblocks; unblocking also lifts a lock-out after failed sign-ins. */
    public void setEnabled(UserAccount account, boolean enabled, String by, String reason) {
        Map<String, String> before = account.auditSnapshot();
        account.setEnabled(enabled);
        if (enabled) {
            account.setFailedLogins(0);
            account.setLockedUntil(null);
        }
        history.record(account, before, by, reason);
    }

    /** {@code base}, or {@code base2}, {@code base3}… — the first that no account has. */
    public String freeLogin(String base, Set<String> takenInThisRun) {
        Set<String> existing = new HashSet<>(em.createQuery(
                        "select a.login from UserAccount a where a.login = :base or a.login like :prefix", String.class)
                .setParameter("base", base)
                .setParameter("prefix", base + "%")
                .getResultList());
        existing.addAll(takenInThisRun);
        if (!existing.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            if (!existing.contains(base + n)) {
                return base + n;
            }
        }
    }
}
