package ru.ejournal.security.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Optional;
import ru.ejournal.journal.control.GradeBookQueries;
import ru.ejournal.security.entity.UserAccount;

/**
 * The signed-in caller's enabled account, read once per transaction: a service that checks a class and counts
 * through four other services asked for the same account five times, and {@code AccessControl.caller()} runs in
 * nearly every service call.
 */
@ApplicationScoped
public class CallerAccounts {

    /**
     * What loading an account loads anyway (EclipseLink without weaving reads every to-one relation at once),
     * joined into the account's one statement instead of a statement per relation. The roles stay a second
     * statement (a collection).
     */
    private static final List<String> ACCOUNT_GRAPH = List.of(
            "a.parent",
            "a.school",
            "a.staffMember",
            "a.student",
            "a.student.schoolClass",
            "a.student.schoolClass.academicYear",
            "a.student.schoolClass.classTeacher");

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
        // the JPQL of UserAccount.findByLogin, not the named query: hints on a query of its own, never on the
        // shared named one (the sign-in locks the account with that one, and a lock refuses outer joins)
        TypedQuery<UserAccount> query = em.createQuery(
                        "select a from UserAccount a where a.login = :login", UserAccount.class)
                .setParameter("login", login);
        ACCOUNT_GRAPH.forEach(path -> query.setHint(GradeBookQueries.LEFT_JOIN_FETCH, path));
        Optional<UserAccount> account =
                query.getResultStream().filter(UserAccount::isEnabled).findFirst();
        if (inTransaction) {
            account.ifPresent(a -> transactions.putResource(key, a));
        }
        return account;
    }
}
