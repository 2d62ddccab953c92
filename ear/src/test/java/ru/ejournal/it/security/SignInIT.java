package ru.ejournal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.security.boundary.ClientInfo;
import ru.ejournal.security.boundary.SignInResult;
import ru.ejournal.security.boundary.SignInResult.Outcome;
import ru.ejournal.security.boundary.SignInService;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.security.entity.VisitKind;

/** Sign-in: Argon2id passwords, five failures in a row lock the account for 15 minutes, all recorded. */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    private static final ClientInfo BROWSER = new ClientInfo("127.0.0.1", "JUnit", null);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    SignInService signIn;

    @Inject
    Tx tx;

    Fixture f;

    @BeforeEach
    void createSchool() {
        f = schools.create();
    }

    @Test
    @DisplayName("The right password signs in with the account's roles; the hash is Argon2id, not the password")
    void rightPasswordSignsIn() {
        SignInResult result = signIn.signIn(f.classTeacherA(), Fixture.PASSWORD, BROWSER);

        assertEquals(Outcome.SUCCESS, result.outcome());
        assertEquals(Set.of("CLASS_TEACHER", "SUBJECT_TEACHER"), result.roles());
        UserAccount account = account(f.classTeacherA());
        assertTrue(account.getPasswordHash().startsWith("$argon2id$"), account.getPasswordHash());
        assertTrue(!account.getPasswordHash().contains(Fixture.PASSWORD));
        assertNotNull(account.getLastLoginAt());
        assertEquals(List.of(VisitKind.LOGIN), visits(f.classTeacherA()));
    }

    @Test
    @DisplayName("Five wrong passwords in a row lock the account; even the right one is then refused")
    void fiveFailuresLock() {
        for (int i = 1; i <= 4; i++) {
            assertEquals(
                    Outcome.INVALID,
                    signIn.signIn(f.deputy(), "wrong-" + i, BROWSER).outcome());
        }
        SignInResult fifth = signIn.signIn(f.deputy(), "wrong-5", BROWSER);

        assertEquals(Outcome.LOCKED, fifth.outcome());
        Duration lock = Duration.between(Instant.now(), fifth.lockedUntil());
        assertTrue(lock.toMinutes() >= 14 && lock.toMinutes() <= 15, "locked for 15 minutes: " + lock);
        assertEquals(
                Outcome.LOCKED,
                signIn.signIn(f.deputy(), Fixture.PASSWORD, BROWSER).outcome());
        List<VisitKind> visits = visits(f.deputy());
        assertEquals(6, visits.stream().filter(VisitKind.LOGIN_FAILED::equals).count());
        assertEquals(1, visits.stream().filter(VisitKind.LOCKED::equals).count());
    }

    @Test
    @DisplayName("After the lock has passed the right password signs in and the failure count starts again")
    void lockExpires() {
        for (int i = 0; i < 5; i++) {
            signIn.signIn(f.admin(), "wrong", BROWSER);
        }
        tx.call(em -> {
            account(em, f.admin()).setLockedUntil(Instant.now().minusSeconds(1));
            return null;
        });

        assertEquals(
                Outcome.SUCCESS,
                signIn.signIn(f.admin(), Fixture.PASSWORD, BROWSER).outcome());
        UserAccount account = account(f.admin());
        assertEquals(0, account.getFailedLogins());
        assertNull(account.getLockedUntil());
    }

    @Test
    @DisplayName("A success between failures resets the count: four failures, success, four failures do not lock")
    void successResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            signIn.signIn(f.parentA(), "wrong", BROWSER);
        }
        assertEquals(
                Outcome.SUCCESS,
                signIn.signIn(f.parentA(), Fixture.PASSWORD, BROWSER).outcome());
        for (int i = 0; i < 4; i++) {
            assertEquals(
                    Outcome.INVALID,
                    signIn.signIn(f.parentA(), "wrong", BROWSER).outcome());
        }
    }

    @Test
    @DisplayName("A blocked account is refused with the right password; an unknown login is simply invalid")
    void blockedAndUnknown() {
        tx.call(em -> {
            account(em, f.studentALogin()).setEnabled(false);
            return null;
        });
        assertEquals(
                Outcome.BLOCKED,
                signIn.signIn(f.studentALogin(), Fixture.PASSWORD, BROWSER).outcome());
        assertEquals(
                Outcome.INVALID,
                signIn.signIn("nobody-" + f.schoolId(), "x", BROWSER).outcome());
        assertEquals(Outcome.INVALID, signIn.signIn("", "x", BROWSER).outcome());
    }

    private UserAccount account(String login) {
        return tx.call(em -> account(em, login));
    }

    private static UserAccount account(jakarta.persistence.EntityManager em, String login) {
        return em.createNamedQuery("UserAccount.findByLogin", UserAccount.class)
                .setParameter("login", login)
                .getSingleResult();
    }

    private List<VisitKind> visits(String login) {
        return tx.call(em -> em.createQuery(
                        "select v.kind from VisitEvent v where v.login = :login order by v.id", VisitKind.class)
                .setParameter("login", login)
                .getResultList());
    }
}
