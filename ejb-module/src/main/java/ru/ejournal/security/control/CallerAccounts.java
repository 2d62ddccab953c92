package ru.ejournal.security.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import ru.ejournal.security.entity.UserAccount;

/**
 * The signed-in caller's enabled account, read once per transaction: a service that checks a class and counts
 * through four other services asked for the same account five times, and {@code AccessControl.caller()} runs in
 * nearly every service call.
 */
@ApplicationScoped
public class CallerAccounts {

    /** The key prefix of the caller's account among the transaction's resources. */
    private static final String CALLER_RESOURCE = CallerAccounts.class.getName() + ".caller:";

    @Resource
    TransactionSynchronizationRegistry transactions;

    @PersistenceContext
    EntityManager em;

    /**
     * The enabled account of this login. Within a transaction it is the managed account of that transaction's
     * persistence context, which a new query would return all the same; it is asked anew once it is no longer
     * managed, blocked or renamed (the query's own conditions).
     */
    public Optional<UserAccount> enabled(String login) {
        String key = CALLER_RESOURCE + login;
        boolean inTransaction = transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
        if (inTransaction
                && transactions.getResource(key) instanceof UserAccount known
                && known.isEnabled()
                && login.equals(known.getLogin())
                && em.contains(known)) {
            return Optional.of(known);
        }
        Optional<UserAccount> account = em.createNamedQuery("UserAccount.caller", UserAccount.class)
                .setParameter("login", login)
                .getResultStream()
                .filter(UserAccount::isEnabled)
                .findFirst();
        if (inTransaction) {
            account.ifPresent(a -> transactions.putResource(key, a));
        }
        return account;
    }
}
