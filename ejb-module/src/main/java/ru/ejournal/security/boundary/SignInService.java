package ru.ejournal.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import ru.ejournal.common.control.Settings;
import ru.ejournal.common.control.Texts;
import ru.ejournal.credentials.control.DeviceAlerts;
import ru.ejournal.security.control.AddressThrottle;
import ru.ejournal.security.control.PasswordHasher;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.security.entity.VisitEvent;
import ru.ejournal.security.entity.VisitKind;

/**
 * Checks a login and password for the identity store. Open to everybody ({@code @PermitAll}):
 * nobody is signed in yet when it is called. Counts failures, locks the account after
 * {@code ejournal.lockout.attempts} (5) failures in a row for {@code ejournal.lockout.minutes}
 * (15), and records every sign-in, failure and lock as a {@link VisitEvent}.
 */
@Stateless
@PermitAll
public class SignInService {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    DeviceAlerts deviceAlerts;

    @Inject
    AddressThrottle throttle;

    public SignInResult signIn(String login, String password, ClientInfo client) {
        Instant now = Instant.now();
        if (addressThrottled(client, now)) {
            return SignInResult.of(SignInResult.Outcome.THROTTLED);
        }
        Optional<UserAccount> found = findForUpdate(login);
        if (found.isEmpty()) {
            hasher.verify(password, null);
            return SignInResult.of(SignInResult.Outcome.INVALID);
        }
        UserAccount account = found.get();
        if (account.getLockedUntil() != null && account.getLockedUntil().isAfter(now)) {
            // as long as a password check, so that the answer's time does not tell a locked account either
            hasher.spendVerification(password);
            record(account, VisitKind.LOGIN_FAILED, client, now);
            return new SignInResult(
                    SignInResult.Outcome.LOCKED, account.getLogin(), null, false, account.getLockedUntil());
        }
        if (!hasher.verify(password, account.getPasswordHash())) {
            return failed(account, client, now);
        }
        if (!account.isEnabled()) {
            record(account, VisitKind.LOGIN_FAILED, client, now);
            return SignInResult.of(SignInResult.Outcome.BLOCKED);
        }
        if (hasher.needsRehash(account.getPasswordHash())) {
            // an older scheme (PBKDF2): replaced by the current one now that the password is known;
            // not a password change, so the account's other sessions stay
            account.setPasswordHash(hasher.hash(password));
        }
        account.setFailedLogins(0);
        account.setLockedUntil(null);
        account.setLastLoginAt(now);
        record(account, VisitKind.LOGIN, client, now);
        deviceAlerts.check(account, client, now);
        return new SignInResult(
                SignInResult.Outcome.SUCCESS,
                account.getLogin(),
                account.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()),
                account.isMustChangePassword(),
                null);
    }

    /** The login written to the visit log for a provider's subject that is linked to no account. */
    static final String UNKNOWN_SUBJECT = Texts.text("security.visit.unknownSubject");

    /**
     * A sign-in through the identity provider: the caller (the web layer) has already checked the provider's
     * ID token, so {@code subject} is vouched for. The same rules as a password sign-in where they apply: the
     * per-address throttle, a blocked account is refused, the visit log and the new-device alert; the
     * one-time password still has to be changed (it is a credential handed out to be replaced). A subject
     * linked to no account is refused and counted as a failed sign-in of the address; nothing is created. The
     * lockout after wrong passwords does not stop it: no password was guessed.
     */
    public SignInResult signInBySubject(String subject, ClientInfo client) {
        Instant now = Instant.now();
        if (addressThrottled(client, now)) {
            return SignInResult.of(SignInResult.Outcome.THROTTLED);
        }
        Optional<UserAccount> found = subject == null || subject.isBlank()
                ? Optional.empty()
                : em.createNamedQuery("UserAccount.findByExternalSubject", UserAccount.class)
                        .setParameter("subject", subject)
                        .getResultStream()
                        .findFirst();
        if (found.isEmpty()) {
            VisitEvent event = new VisitEvent(null, null, UNKNOWN_SUBJECT, VisitKind.LOGIN_FAILED, now);
            if (client != null) {
                event.setIpAddress(client.ipAddress());
                event.setUserAgent(client.userAgent());
                event.setDeviceId(client.deviceId());
            }
            em.persist(event);
            return SignInResult.of(SignInResult.Outcome.UNKNOWN_SUBJECT);
        }
        UserAccount account = found.get();
        if (!account.isEnabled()) {
            record(account, VisitKind.LOGIN_FAILED, client, now);
            return SignInResult.of(SignInResult.Outcome.BLOCKED);
        }
        account.setLastLoginAt(now);
        record(account, VisitKind.LOGIN, client, now);
        deviceAlerts.check(account, client, now);
        return new SignInResult(
                SignInResult.Outcome.SUCCESS,
                account.getLogin(),
                account.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()),
                account.isMustChangePassword(),
                null);
    }

    private SignInResult failed(UserAccount account, ClientInfo client, Instant now) {
        int failures = account.getFailedLogins() + 1;
        record(account, VisitKind.LOGIN_FAILED, client, now);
        if (failures >= Settings.getInt("ejournal.lockout.attempts", 5)) {
            Instant until = now.plus(Duration.ofMinutes(Settings.getInt("ejournal.lockout.minutes", 15)));
            account.setFailedLogins(0);
            account.setLockedUntil(until);
            record(account, VisitKind.LOCKED, client, now);
            return new SignInResult(SignInResult.Outcome.LOCKED, account.getLogin(), null, false, until);
        }
        account.setFailedLogins(failures);
        return SignInResult.of(SignInResult.Outcome.INVALID);
    }

    /** The per-address throttle (ASVS 2.2.1, 11.1.4), shared with the API's bearer tokens. */
    private boolean addressThrottled(ClientInfo client, Instant now) {
        return throttle.exceeded(client, now);
    }

    /** The row is locked so that concurrent wrong passwords are all counted. */
    private Optional<UserAccount> findForUpdate(String login) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("UserAccount.findByLogin", UserAccount.class)
                .setParameter("login", login.trim().toLowerCase())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    private void record(UserAccount account, VisitKind kind, ClientInfo client, Instant now) {
        VisitEvent event = new VisitEvent(account.getSchool(), account, account.getLogin(), kind, now);
        if (client != null) {
            event.setIpAddress(client.ipAddress());
            event.setUserAgent(client.userAgent());
            event.setDeviceId(client.deviceId());
        }
        em.persist(event);
    }
}
