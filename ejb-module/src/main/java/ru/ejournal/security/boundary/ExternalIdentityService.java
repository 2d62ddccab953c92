package ru.ejournal.security.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;
import static ru.ejournal.security.control.RoleNames.PARENT;
import static ru.ejournal.security.control.RoleNames.REGION_ADMIN;
import static ru.ejournal.security.control.RoleNames.STUDENT;
import static ru.ejournal.security.control.RoleNames.SUBJECT_TEACHER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.UserAccount;

/**
 * The identity provider's subject linked to a journal account (OpenID Connect sign-in, issue 15 part 2): the
 * person links their own after signing in with the password and proving the provider identity; the school's
 * administrator sets or clears it on an account of the school. One subject opens one account (a unique
 * column); accounts are never created from a provider identity. Every change is in the change history.
 */
@Stateless
@RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER, SUBJECT_TEACHER, PARENT, STUDENT, REGION_ADMIN})
public class ExternalIdentityService {

    static final String TAKEN = "security.identity.taken";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    ChangeHistory history;

    /** The caller's linked subject, or null. */
    public String mine() {
        return access.caller().getExternalSubject();
    }

    /** Links the subject the provider has just vouched for (the web layer ran the code flow) to the caller. */
    public void linkMine(@NotBlank String subject) {
        UserAccount caller = access.caller();
        set(caller, subject, caller.getLogin(), Texts.text("security.identity.linkedByOwner"));
    }

    public void unlinkMine() {
        UserAccount caller = access.caller();
        set(caller, null, caller.getLogin(), Texts.text("security.identity.unlinkedByOwner"));
    }

    /** The administrator: the subject of an account of their school ({@code null} or blank clears it). */
    @RolesAllowed(ADMIN)
    public void setByAdmin(@NotBlank(message = "{security.login.required}") String login, String subject) {
        UserAccount admin = access.caller();
        UserAccount account = em.createNamedQuery("UserAccount.findByLogin", UserAccount.class)
                .setParameter("login", login.trim().toLowerCase())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("security.identity.noSuchLogin", login.trim()));
        if (admin.getSchool() == null
                || account.getSchool() == null
                || !admin.getSchool().getId().equals(account.getSchool().getId())) {
            throw new AccessDeniedException("security.identity.otherSchool");
        }
        String value = subject == null || subject.isBlank() ? null : subject.strip();
        set(
                account,
                value,
                admin.getLogin(),
                value == null
                        ? Texts.text("security.identity.unlinkedByAdmin")
                        : Texts.text("security.identity.linkedByAdmin"));
    }

    /** The linked subject of an account of the administrator's school, or null. */
    @RolesAllowed(ADMIN)
    public String subjectOf(@NotNull String login) {
        UserAccount admin = access.caller();
        return em.createNamedQuery("UserAccount.findByLogin", UserAccount.class)
                .setParameter("login", login.trim().toLowerCase())
                .getResultStream()
                .filter(a -> a.getSchool() != null
                        && admin.getSchool() != null
                        && a.getSchool().getId().equals(admin.getSchool().getId()))
                .findFirst()
                .map(UserAccount::getExternalSubject)
                .orElse(null);
    }

    private void set(UserAccount account, String subject, String by, String reason) {
        if (subject != null && subject.length() > 255) {
            throw new BusinessException("security.identity.tooLong");
        }
        if (subject != null) {
            boolean taken = em.createNamedQuery("UserAccount.findByExternalSubject", UserAccount.class)
                    .setParameter("subject", subject)
                    .getResultStream()
                    .anyMatch(other -> !other.getId().equals(account.getId()));
            if (taken) {
                throw new BusinessException(TAKEN);
            }
        }
        if (java.util.Objects.equals(subject, account.getExternalSubject())) {
            return;
        }
        Map<String, String> before = account.auditSnapshot();
        account.setExternalSubject(subject);
        if (account.getSchool() != null) {
            history.record(account, before, by, reason);
        }
    }
}
