package ru.ejournal.credentials.boundary;

import static ru.ejournal.security.control.RoleNames.PARENT;
import static ru.ejournal.security.control.RoleNames.STUDENT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.credentials.control.AccessTokens;
import ru.ejournal.credentials.entity.PersonalAccessToken;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.UserAccount;

/**
 * A parent's or a student's personal access tokens for the e-diary API ({@code /api/v1}): create (the token
 * is shown once), list, revoke. Only the owner sees and revokes their tokens; staff have none (the API is
 * the families' diary). Creating and revoking is in the change history. A token also stops working when
 * the account's password is changed or reset after it was created ({@code TokenSignInService}).
 */
@Stateless
@RolesAllowed({PARENT, STUDENT})
public class AccessTokenService {

    /** Expiry choices offered, in days; the longest is a year. */
    public static final List<Integer> EXPIRY_DAYS = List.of(30, 90, 180, 365);

    /** Active tokens an account may have at once. */
    public static final int MAX_ACTIVE = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    ChangeHistory history;

    public List<AccessTokenLine> mine() {
        UserAccount caller = access.caller();
        Instant now = Instant.now();
        return em.createNamedQuery("PersonalAccessToken.findByAccount", PersonalAccessToken.class)
                .setParameter("accountId", caller.getId())
                .getResultStream()
                .map(t -> new AccessTokenLine(
                        t.getId(),
                        t.getName(),
                        t.getPrefix(),
                        t.getCreatedAt(),
                        t.getExpiresAt(),
                        t.getLastUsedAt(),
                        t.getRevokedAt(),
                        t.isActive(now)))
                .toList();
    }

    public IssuedAccessToken create(
            @NotBlank(message = "{credentials.token.nameRequired}")
                    @Size(max = 100, message = "{credentials.token.nameSize}")
                    String name,
            @NotNull(message = "{credentials.token.daysRequired}") Integer days) {
        if (!EXPIRY_DAYS.contains(days)) {
            throw new BusinessException("credentials.token.days");
        }
        UserAccount caller = access.caller();
        Instant now = Instant.now();
        long active = em.createNamedQuery("PersonalAccessToken.countActive", Long.class)
                .setParameter("accountId", caller.getId())
                .setParameter("now", now)
                .getSingleResult();
        if (active >= MAX_ACTIVE) {
            throw new BusinessException("credentials.token.tooMany", MAX_ACTIVE);
        }
        String token = AccessTokens.generate();
        PersonalAccessToken row = new PersonalAccessToken(
                caller,
                name.strip(),
                AccessTokens.hash(token),
                token.substring(0, AccessTokens.SHOWN),
                now,
                now.plus(Duration.ofDays(days)));
        em.persist(row);
        history.record(row, Map.of(), caller.getLogin(), Texts.text("credentials.history.tokenCreated"));
        return new IssuedAccessToken(row.getId(), row.getName(), token, row.getExpiresAt());
    }

    public void revoke(@NotNull Long tokenId) {
        UserAccount caller = access.caller();
        PersonalAccessToken row = em.find(PersonalAccessToken.class, tokenId);
        if (row == null || !row.getAccount().equals(caller)) {
            throw new AccessDeniedException("credentials.token.noAccess");
        }
        if (row.getRevokedAt() != null) {
            return;
        }
        Map<String, String> before = row.auditSnapshot();
        row.setRevokedAt(Instant.now());
        history.record(row, before, caller.getLogin(), Texts.text("credentials.history.tokenRevoked"));
    }
}
