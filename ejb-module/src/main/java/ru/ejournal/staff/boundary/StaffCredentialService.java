package ru.ejournal.staff.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.credentials.boundary.IssuedCredential;
import ru.ejournal.credentials.control.AccountCredentials;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.staff.control.StaffAccounts;
import ru.ejournal.staff.entity.StaffMember;

/**
 * Staff credentials, as the class teacher has them for students and parents (D2), managed by the
 * administrator of the school: issue (the account is created with a login if missing), reset, block,
 * unblock; at once for every staff member without a usable password (those {@code region-import}
 * creates). A one-time password is returned once, for the screen and the slips; only its hash is
 * stored, and the person must change it at the first sign-in.
 */
@Stateless
@RolesAllowed(ADMIN)
public class StaffCredentialService {

    static final String ISSUED = "staff.history.issued";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    AccountCredentials accounts;

    @Inject
    StaffAccounts staffAccounts;

    @Inject
    ChangeHistory history;

    /** A one-time password for the staff member; the account is created if missing and unblocked. */
    public IssuedCredential issue(@NotNull(message = "{staff.member.required}") Long staffMemberId) {
        StaffMember member = access.checkStaffMember(staffMemberId);
        return issue(member, staffAccounts.accountOf(member), access.caller().getLogin(), new HashSet<>());
    }

    /** A new one-time password for an existing account; a blocked account stays blocked. */
    public IssuedCredential resetPassword(@NotNull(message = "{staff.member.required}") Long staffMemberId) {
        StaffMember member = access.checkStaffMember(staffMemberId);
        UserAccount account = existing(member);
        String password = accounts.issuePassword(
                account, false, access.caller().getLogin(), Texts.text("credentials.history.reset"));
        return credential(member, account, password);
    }

    public void block(@NotNull(message = "{staff.member.required}") Long staffMemberId) {
        StaffMember member = access.checkStaffMember(staffMemberId);
        UserAccount account = existing(member);
        UserAccount caller = access.caller();
        if (caller.equals(account)) {
            throw new BusinessException("staff.blockOwn");
        }
        accounts.setEnabled(account, false, caller.getLogin(), Texts.text("credentials.history.blocked"));
    }

    public void unblock(@NotNull(message = "{staff.member.required}") Long staffMemberId) {
        StaffMember member = access.checkStaffMember(staffMemberId);
        accounts.setEnabled(
                existing(member), true, access.caller().getLogin(), Texts.text("credentials.history.unblocked"));
    }

    /** Credentials for every staff member of the school who has no usable password yet (none, or imported). */
    public List<IssuedCredential> issueMissing() {
        UserAccount caller = access.caller();
        List<StaffMember> members = em.createNamedQuery("StaffMember.findBySchool", StaffMember.class)
                .setParameter("schoolId", caller.getSchool().getId())
                .getResultList();
        List<IssuedCredential> issued = new ArrayList<>();
        HashSet<String> taken = new HashSet<>();
        for (StaffMember member : members) {
            UserAccount account = staffAccounts.accountOf(member);
            if (account == null || account.getPasswordIssuedAt() == null) {
                issued.add(issue(member, account, caller.getLogin(), taken));
            }
        }
        return issued;
    }

    private IssuedCredential issue(StaffMember member, UserAccount account, String by, HashSet<String> taken) {
        UserAccount target = account;
        if (target == null) {
            target = accounts.create(
                    member.getSchool(),
                    member.getLastName(),
                    member.getFirstName(),
                    null,
                    java.util.EnumSet.of(Role.SUBJECT_TEACHER),
                    taken);
            target.setStaffMember(member);
            history.record(target, Map.of(), by, Texts.text("credentials.history.created"));
        }
        String password = accounts.issuePassword(target, true, by, Texts.text(ISSUED));
        return credential(member, target, password);
    }

    private static UserAccount existing(StaffMember member, UserAccount account) {
        if (account == null) {
            throw new BusinessException("staff.noAccount");
        }
        return account;
    }

    private UserAccount existing(StaffMember member) {
        return existing(member, staffAccounts.accountOf(member));
    }

    private static IssuedCredential credential(StaffMember member, UserAccount account, String password) {
        String roles = String.join(
                ", ", account.getRoles().stream().sorted().map(Role::title).toList());
        return new IssuedCredential(
                member.fullName(),
                roles.isEmpty() ? Texts.text("staff.slip.member") : roles,
                account.getLogin(),
                password,
                member.getPosition());
    }
}
