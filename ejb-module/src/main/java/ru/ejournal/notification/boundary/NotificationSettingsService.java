package ru.ejournal.notification.boundary;

import static ru.ejournal.security.control.RoleNames.PARENT;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Optional;
import ru.ejournal.notification.control.UnsubscribeTokens;
import ru.ejournal.notification.control.UnsubscribeTokens.Scope;
import ru.ejournal.notification.control.UnsubscribeTokens.Unsubscribe;
import ru.ejournal.notification.entity.Delivery;
import ru.ejournal.notification.entity.NotificationSetting;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.entity.UserAccount;

/**
 * The parent's choices of e-mail notifications (new marks, absences, period grades: off, at once or in
 * the daily digest at an hour; copies of messages) on {@code /account/notifications.xhtml}, and the
 * one-click unsubscribe of the letters' links, which needs no sign-in: the signed token is the proof.
 * A parent changes only their own account's choices; which children they hear of is decided by the
 * scan (their own, through {@code student_parent}).
 */
@Stateless
public class NotificationSettingsService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    UnsubscribeTokens tokens;

    @RolesAllowed(PARENT)
    public NotificationChoices mine() {
        UserAccount caller = access.caller();
        NotificationSetting s = find(caller.getId()).orElseGet(() -> new NotificationSetting(caller.getId(), null));
        String email = email(caller);
        return new NotificationChoices(
                s.getMarks(),
                s.getAbsences(),
                s.getPeriodGrades(),
                s.getDigestHour(),
                s.isCopies(),
                email,
                email != null && email.equals(s.getFailedEmail()),
                s.getAtRisk());
    }

    @RolesAllowed(PARENT)
    public NotificationChoices save(
            @NotNull(message = "{notification.marks.required}") Delivery marks,
            @NotNull(message = "{notification.absences.required}") Delivery absences,
            @NotNull(message = "{notification.periodGrades.required}") Delivery periodGrades,
            @Min(value = 0, message = "{notification.digestHour.range}")
                    @Max(value = 23, message = "{notification.digestHour.range}")
                    int digestHour,
            boolean copies) {
        return save(marks, absences, periodGrades, null, digestHour, copies);
    }

    /** As {@link #save(Delivery, Delivery, Delivery, int, boolean)} with the at-risk notice (null: unchanged). */
    @RolesAllowed(PARENT)
    public NotificationChoices save(
            @NotNull(message = "{notification.marks.required}") Delivery marks,
            @NotNull(message = "{notification.absences.required}") Delivery absences,
            @NotNull(message = "{notification.periodGrades.required}") Delivery periodGrades,
            Delivery atRisk,
            @Min(value = 0, message = "{notification.digestHour.range}")
                    @Max(value = 23, message = "{notification.digestHour.range}")
                    int digestHour,
            boolean copies) {
        UserAccount caller = access.caller();
        Instant now = Instant.now();
        NotificationSetting s = find(caller.getId()).orElseGet(() -> {
            NotificationSetting fresh = new NotificationSetting(caller.getId(), now);
            em.persist(fresh);
            return fresh;
        });
        s.setMarks(marks);
        s.setAbsences(absences);
        s.setPeriodGrades(periodGrades);
        if (atRisk != null) {
            s.setAtRisk(atRisk);
        }
        s.setDigestHour(digestHour);
        s.setCopies(copies);
        s.touch(now);
        return mine();
    }

    /**
     * Switches off what a letter's link names (the notices, or the message copies) for the account in the
     * token; returns the scope, or empty for a token that is not ours (altered, forged, malformed).
     */
    @PermitAll
    public Optional<Scope> unsubscribe(String token) {
        Optional<Unsubscribe> checked = tokens.check(token);
        checked.ifPresent(u -> {
            if (em.find(UserAccount.class, u.accountId()) == null) {
                return;
            }
            Instant now = Instant.now();
            NotificationSetting s = find(u.accountId()).orElseGet(() -> {
                NotificationSetting fresh = new NotificationSetting(u.accountId(), now);
                em.persist(fresh);
                return fresh;
            });
            if (u.scope() == Scope.COPIES) {
                s.setCopies(false);
            } else {
                s.setMarks(Delivery.OFF);
                s.setAbsences(Delivery.OFF);
                s.setPeriodGrades(Delivery.OFF);
                s.setAtRisk(Delivery.OFF);
            }
            s.touch(now);
        });
        return checked.map(Unsubscribe::scope);
    }

    private Optional<NotificationSetting> find(Long accountId) {
        return em.createQuery("select s from NotificationSetting s where s.accountId = :id", NotificationSetting.class)
                .setParameter("id", accountId)
                .getResultStream()
                .findFirst();
    }

    private static String email(UserAccount account) {
        String email = account.getParent() == null ? null : account.getParent().getEmail();
        return email == null || email.isBlank() ? null : email.strip();
    }
}
