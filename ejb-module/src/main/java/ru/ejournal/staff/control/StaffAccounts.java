package ru.ejournal.staff.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.staff.boundary.StaffRow;
import ru.ejournal.staff.entity.StaffMember;

/** The accounts of staff members: one each (the newest if a member has several), as rows for the list. */
@Dependent
public class StaffAccounts {

    @PersistenceContext
    EntityManager em;

    public UserAccount accountOf(StaffMember member) {
        return em.createNamedQuery("UserAccount.findByStaffMember", UserAccount.class)
                .setParameter("staffMemberId", member.getId())
                .getResultStream()
                .reduce((a, b) -> b.getId() > a.getId() ? b : a)
                .orElse(null);
    }

    /** The members with their accounts, read in one statement for the whole page. */
    public List<StaffRow> rows(List<StaffMember> members) {
        Map<StaffMember, UserAccount> accounts = new HashMap<>();
        if (!members.isEmpty()) {
            em.createQuery(
                            "select a from UserAccount a where a.staffMember in :members order by a.id",
                            UserAccount.class)
                    .setParameter("members", members)
                    .getResultStream()
                    .forEach(a -> accounts.put(a.getStaffMember(), a));
        }
        Instant now = Instant.now();
        return members.stream().map(m -> row(m, accounts.get(m), now)).toList();
    }

    private static StaffRow row(StaffMember m, UserAccount a, Instant now) {
        List<Role> roles =
                a == null ? List.of() : a.getRoles().stream().sorted().toList();
        return new StaffRow(
                m.getId(),
                m.getVersion(),
                m.fullName(),
                m.getPosition(),
                m.getPhone(),
                m.getEmail(),
                roles,
                a == null ? null : a.getId(),
                a == null ? null : a.getLogin(),
                a != null && a.isEnabled(),
                a != null && a.getPasswordIssuedAt() != null,
                a != null && a.isMustChangePassword(),
                a == null ? null : a.getLastLoginAt(),
                a != null && a.isEnabled() && a.isLockedAt(now));
    }
}
