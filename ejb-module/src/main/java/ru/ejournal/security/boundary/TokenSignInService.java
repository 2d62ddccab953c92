package ru.ejournal.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import ru.ejournal.common.control.Settings;
import ru.ejournal.common.control.Texts;
import ru.ejournal.credentials.control.AccessTokens;
import ru.ejournal.credentials.entity.PersonalAccessToken;
import ru.ejournal.security.control.AddressThrottle;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.security.entity.VisitEvent;
import ru.ejournal.security.entity.VisitKind;

/**
 * Checks a personal access token sent as {@code Authorization: Bearer} to the e-diary API. Open to everybody
 * ({@code @PermitAll}): nobody is signed in yet. A token opens the API when it exists, is neither revoked nor
 * expired, was created after the account's last password change or reset (a reset after a stolen password
 * ends the thief's tokens too), and its account is enabled, has no one-time password and is a parent's or a
 * student's; the caller then gets only the family roles of the account. An unknown token is a failed sign-in
 * of the address in the visit log, so the per-address throttle of the login page holds for token guessing.
 * The last-used time is written at most once a minute per token. Each token may make
 * {@code ejournal.api.token.requests.per.minute} (120) requests a minute, counted in its row (one conditional
 * update per request), so that the limit holds across the servers of a cluster.
 */
@Stateless
@PermitAll
public class TokenSignInService {

    static final Set<String> FAMILY_ROLES = Set.of(Role.PARENT.name(), Role.STUDENT.name());

    /** The login written to the visit log for a failed token (no account is known). */
    static final String UNKNOWN_TOKEN = Texts.text("security.visit.unknownToken");

    /** The same for an identity provider's token that failed its checks or whose subject is linked to no one. */
    static final String UNKNOWN_JWT = Texts.text("security.visit.unknownJwt");

    @PersistenceContext
    EntityManager em;

    @Inject
    AddressThrottle throttle;

    /**
     * An access token of the identity provider whose signature, issuer, audience and expiry the web layer has
     * checked ({@code null} subject: it failed those checks): the account linked to its subject, on the same
     * terms as a personal token (enabled, no one-time password, family roles only). A token that failed, or
     * a subject linked to no account, is a failed sign-in of the address.
     */
    public TokenSignInResult signInBySubject(String subject, ClientInfo client) {
        Instant now = Instant.now();
        if (throttle.exceeded(client, now)) {
            return TokenSignInResult.of(TokenSignInResult.Outcome.THROTTLED);
        }
        UserAccount account = subject == null
                ? null
                : em.createNamedQuery("UserAccount.findByExternalSubject", UserAccount.class)
                        .setParameter("subject", subject)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (account == null) {
            VisitEvent failed = new VisitEvent(null, null, UNKNOWN_JWT, VisitKind.LOGIN_FAILED, now);
            if (client != null) {
                failed.setIpAddress(client.ipAddress());
                failed.setUserAgent(client.userAgent());
            }
            em.persist(failed);
            return TokenSignInResult.of(TokenSignInResult.Outcome.INVALID);
        }
        TokenSignInResult verdict = familyVerdict(account);
        if (verdict.succeeded() && !withinRate("user_account", account.getId(), now)) {
            // the provider's tokens of one account share one window: they are short-lived and many
            return TokenSignInResult.of(TokenSignInResult.Outcome.RATE_LIMITED);
        }
        return verdict;
    }

    /** Enabled, no one-time password, a parent's or a student's: the family roles; or why not. */
    private static TokenSignInResult familyVerdict(UserAccount account) {
        if (!account.isEnabled()) {
            return TokenSignInResult.of(TokenSignInResult.Outcome.BLOCKED);
        }
        if (account.isMustChangePassword()) {
            return TokenSignInResult.of(TokenSignInResult.Outcome.ONE_TIME_PASSWORD);
        }
        Set<String> roles = account.getRoles().stream()
                .map(Role::name)
                .filter(FAMILY_ROLES::contains)
                .collect(Collectors.toUnmodifiableSet());
        if (roles.isEmpty()) {
            return TokenSignInResult.of(TokenSignInResult.Outcome.NOT_FAMILY);
        }
        return new TokenSignInResult(TokenSignInResult.Outcome.SUCCESS, account.getLogin(), roles);
    }

    public TokenSignInResult signIn(String token, ClientInfo client) {
        Instant now = Instant.now();
        if (throttle.exceeded(client, now)) {
            return TokenSignInResult.of(TokenSignInResult.Outcome.THROTTLED);
        }
        PersonalAccessToken row = AccessTokens.wellFormed(token)
                ? em.createNamedQuery("PersonalAccessToken.findByHash", PersonalAccessToken.class)
                        .setParameter("hash", AccessTokens.hash(token))
                        .getResultStream()
                        .findFirst()
                        .orElse(null)
                : null;
        if (row == null) {
            VisitEvent failed = new VisitEvent(null, null, UNKNOWN_TOKEN, VisitKind.LOGIN_FAILED, now);
            if (client != null) {
                failed.setIpAddress(client.ipAddress());
                failed.setUserAgent(client.userAgent());
            }
            em.persist(failed);
            return TokenSignInResult.of(TokenSignInResult.Outcome.INVALID);
        }
        UserAccount account = row.getAccount();
        if (!row.isActive(now)
                || (account.getPasswordChangedAt() != null
                        && account.getPasswordChangedAt().isAfter(row.getCreatedAt()))) {
            return TokenSignInResult.of(TokenSignInResult.Outcome.REVOKED);
        }
        TokenSignInResult verdict = familyVerdict(account);
        if (!verdict.succeeded()) {
            return verdict;
        }
        if (!withinRate("personal_access_token", row.getId(), now)) {
            return TokenSignInResult.of(TokenSignInResult.Outcome.RATE_LIMITED);
        }
        if (row.getLastUsedAt() == null || row.getLastUsedAt().isBefore(now.minus(Duration.ofMinutes(1)))) {
            // a bulk update, not the entity's: two requests of one token at once must not conflict on its version
            em.createQuery("""
                            update PersonalAccessToken t set t.lastUsedAt = :now
                            where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :minuteAgo)""")
                    .setParameter("now", now)
                    .setParameter("id", row.getId())
                    .setParameter("minuteAgo", now.minus(Duration.ofMinutes(1)))
                    .executeUpdate();
        }
        return verdict;
    }

    /**
     * Counts the request in the current one-minute window of a personal token's row (or, for the provider's
     * tokens, of the account's row), or opens a new window: false when the window is full. Conditional updates,
     * so that concurrent requests neither lose a count nor wait for an entity's version; at a window's turn two
     * requests may both miss the first update, hence one retry.
     *
     * @param table {@code personal_access_token} or {@code user_account}, a constant of this class's callers
     */
    private boolean withinRate(String table, long id, Instant now) {
        int limit = Settings.getInt("ejournal.api.token.requests.per.minute", 120);
        if (limit <= 0) {
            return true;
        }
        Timestamp windowAgo = Timestamp.from(now.minus(Duration.ofMinutes(1)));
        for (int attempt = 0; attempt < 2; attempt++) {
            int counted = em.createNativeQuery("update " + table + " set rate_window_count = rate_window_count + 1"
                            + " where id = ?1 and rate_window_start > ?2 and rate_window_count < ?3")
                    .setParameter(1, id)
                    .setParameter(2, windowAgo)
                    .setParameter(3, limit)
                    .executeUpdate();
            if (counted == 1) {
                return true;
            }
            int opened = em.createNativeQuery("update " + table + " set rate_window_start = ?1, rate_window_count = 1"
                            + " where id = ?2 and (rate_window_start is null or rate_window_start <= ?3)")
                    .setParameter(1, Timestamp.from(now))
                    .setParameter(2, id)
                    .setParameter(3, windowAgo)
                    .executeUpdate();
            if (opened == 1) {
                return true;
            }
        }
        return false;
    }
}
