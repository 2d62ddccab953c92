package ru.ejournal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import ru.ejournal.security.boundary.SignInResult.Outcome;
import ru.ejournal.security.boundary.SignInService;
import ru.ejournal.security.control.PasswordHasher;
import ru.ejournal.security.entity.UserAccount;

/**
 * Sign-in against guessing (ASVS 2.2.1, 2.4): one message for a wrong password, a locked and a blocked
 * account; the per-address throttle; Argon2id hashes and the re-hash of an old PBKDF2 hash at sign-in.
 */
@ExtendWith(ArquillianExtension.class)
class SignInSecurityIT {

    private static final Pattern MESSAGE = Pattern.compile("ui-messages-error-summary\">([^<]*)<");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    Tx tx;

    @Inject
    SignInService signIn;

    @Inject
    PasswordHasher hasher;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    Fixture f;

    @BeforeEach
    void createSchool() {
        f = schools.create();
    }

    @Test
    @DisplayName("The login page gives one message for a wrong password, a locked account and a blocked account")
    void oneMessageForEveryRefusal() throws Exception {
        String wrong = message(new WebClient().submitLogin(f.deputy(), "wrong-password"));
        tx.call(em -> {
            account(em, f.classTeacherB()).setLockedUntil(Instant.now().plusSeconds(600));
            account(em, f.subjectTeacherA()).setEnabled(false);
            return null;
        });
        String locked = message(new WebClient().submitLogin(f.classTeacherB(), Fixture.PASSWORD));
        String blocked = message(new WebClient().submitLogin(f.subjectTeacherA(), Fixture.PASSWORD));
        String unknown = message(new WebClient().submitLogin("nobody-" + f.schoolId(), "x"));

        assertTrue(wrong.startsWith("Неверный логин или пароль"), wrong);
        assertEquals(wrong, locked, "a locked account is not told apart");
        assertEquals(wrong, blocked, "a blocked account is not told apart");
        assertEquals(wrong, unknown);
    }

    @Test
    @DisplayName("After 100 failed sign-ins from one address in 10 minutes that address is refused, others are not")
    void addressThrottle() {
        ClientInfo attacker = new ClientInfo(randomAddress(), "JUnit", null);
        for (int i = 0; i < 100; i++) {
            Outcome outcome = signIn.signIn(f.parentA(), "guess-" + i, attacker).outcome();
            assertTrue(outcome == Outcome.INVALID || outcome == Outcome.LOCKED, outcome.toString());
        }

        assertEquals(
                Outcome.THROTTLED,
                signIn.signIn(f.deputy(), Fixture.PASSWORD, attacker).outcome(),
                "even the right password of another account, from that address");
        assertEquals(
                Outcome.SUCCESS,
                signIn.signIn(f.deputy(), Fixture.PASSWORD, new ClientInfo(randomAddress(), "JUnit", null))
                        .outcome(),
                "another address signs in");
    }

    @Test
    @DisplayName("New hashes are Argon2id (OWASP minimum); an old PBKDF2 hash is replaced at the next sign-in")
    void oldHashReplacedAtSignIn() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "60000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        String old = pbkdf2.generate(Fixture.PASSWORD.toCharArray());
        assertTrue(old.startsWith("PBKDF2WithHmacSHA256:60000:"), old);
        tx.call(em -> {
            account(em, f.studentALogin()).setPasswordHash(old);
            return null;
        });
        Instant changedBefore = tx.call(em -> account(em, f.studentALogin()).getPasswordChangedAt());

        assertEquals(
                Outcome.SUCCESS,
                signIn.signIn(f.studentALogin(), Fixture.PASSWORD, client()).outcome());

        UserAccount after = tx.call(em -> account(em, f.studentALogin()));
        assertTrue(after.getPasswordHash().startsWith("$argon2id$v=19$m=7168,t=5,p=1$"), after.getPasswordHash());
        assertNotEquals(old, after.getPasswordHash());
        assertEquals(changedBefore, after.getPasswordChangedAt(), "a re-hash is not a password change");
        assertFalse(hasher.needsRehash(after.getPasswordHash()));
        assertEquals(
                Outcome.SUCCESS,
                signIn.signIn(f.studentALogin(), Fixture.PASSWORD, client()).outcome());
        assertEquals(
                Outcome.INVALID,
                signIn.signIn(f.studentALogin(), "Secret-2027", client()).outcome());
    }

    private static ClientInfo client() {
        return new ClientInfo(randomAddress(), "JUnit", null);
    }

    private static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255) + "-"
                + UUID.randomUUID().toString().substring(0, 4);
    }

    private static String message(HttpResponse<String> response) {
        Matcher m = MESSAGE.matcher(response.body());
        assertTrue(m.find(), response.body());
        return m.group(1).replace("&nbsp;", " ");
    }

    private static UserAccount account(jakarta.persistence.EntityManager em, String login) {
        return em.createNamedQuery("UserAccount.findByLogin", UserAccount.class)
                .setParameter("login", login)
                .getSingleResult();
    }
}
