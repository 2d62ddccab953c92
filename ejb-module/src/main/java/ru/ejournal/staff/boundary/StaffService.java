package ru.ejournal.staff.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.ConflictException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.credentials.control.AccountCredentials;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.school.entity.School;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.staff.control.StaffAccounts;
import ru.ejournal.staff.entity.StaffMember;
import ru.ejournal.student.control.Phones;

/**
 * The administrator's staff list and cards: create and edit a staff member (name, position, contacts,
 * the roles of their account), every change with its history. A new card gets an account with a login
 * at once, disabled and without a usable password until the administrator issues credentials
 * ({@link StaffCredentialService}), the same state {@code region-import} leaves imported staff in.
 */
@Stateless
@RolesAllowed(ADMIN)
public class StaffService {

    /** The roles a staff member may hold. */
    public static final List<Role> STAFF_ROLES =
            List.of(Role.CLASS_TEACHER, Role.SUBJECT_TEACHER, Role.DEPUTY_DIRECTOR, Role.ADMIN);

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    ChangeHistory history;

    @Inject
    AccountCredentials accounts;

    @Inject
    StaffAccounts staffAccounts;

    /** How many staff members of the caller's school match the filter (name part, role; both optional). */
    public long count(String name, Role role) {
        return query("select count(s)", name, role, Long.class).getSingleResult();
    }

    /** A page of the caller's school's staff by name, with their accounts. */
    public List<StaffRow> page(int first, int pageSize, String name, Role role) {
        List<StaffMember> members = query("select s", name, role, StaffMember.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, pageSize), 200))
                .getResultList();
        return staffAccounts.rows(members);
    }

    public StaffCard card(@NotNull Long staffMemberId) {
        StaffMember member = access.checkStaffMember(staffMemberId);
        UserAccount account = staffAccounts.accountOf(member);
        List<Role> roles = account == null ? List.of() : List.copyOf(account.getRoles());
        return new StaffCard(
                member.getId(),
                member.getVersion(),
                new StaffData(
                        member.getLastName(),
                        member.getFirstName(),
                        member.getPatronymic(),
                        member.getPosition(),
                        member.getPhone(),
                        member.getEmail(),
                        roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles)),
                account == null ? null : account.getLogin());
    }

    /** A new staff member of the caller's school, with an account that waits for its credentials. */
    public StaffRow create(@NotNull(message = "{staff.data.required}") @Valid StaffData data) {
        School school = access.checkSchool(access.callerSchool().getId(), Intent.WRITE);
        String phone = phone(data);
        checkRoles(data);
        StaffMember member = new StaffMember(
                school, data.lastName().strip(), data.firstName().strip(), null);
        apply(member, data, phone);
        em.persist(member);
        UserAccount account = accounts.create(
                school, member.getLastName(), member.getFirstName(), null, data.roles(), new HashSet<>());
        account.setStaffMember(member);
        String by = access.caller().getLogin();
        history.record(member, Map.of(), by, Texts.text("staff.history.added"));
        history.record(account, Map.of(), by, Texts.text("credentials.history.created"));
        return staffAccounts.rows(List.of(member)).get(0);
    }

    /** Saves the card; {@code expectedVersion} is the version the editor read, so that two editors do not overwrite each other. */
    public StaffRow update(
            @NotNull Long staffMemberId,
            long expectedVersion,
            @NotNull(message = "{staff.data.required}") @Valid StaffData data) {
        StaffMember member = access.checkStaffMember(staffMemberId);
        if (member.getVersion() != expectedVersion) {
            throw new ConflictException("staff.conflict");
        }
        String phone = phone(data);
        checkRoles(data);
        UserAccount account = staffAccounts.accountOf(member);
        UserAccount caller = access.caller();
        if (caller.equals(account) && !data.roles().contains(Role.ADMIN)) {
            throw new BusinessException("staff.ownAdminRole");
        }
        Map<String, String> before = member.auditSnapshot();
        member.setLastName(data.lastName().strip());
        member.setFirstName(data.firstName().strip());
        apply(member, data, phone);
        history.record(member, before, caller.getLogin(), null);
        if (account == null) {
            account = accounts.create(
                    member.getSchool(),
                    member.getLastName(),
                    member.getFirstName(),
                    null,
                    data.roles(),
                    new HashSet<>());
            account.setStaffMember(member);
            history.record(account, Map.of(), caller.getLogin(), Texts.text("credentials.history.created"));
        } else {
            Map<String, String> accountBefore = account.auditSnapshot();
            account.setRoles(EnumSet.copyOf(data.roles()));
            history.record(account, accountBefore, caller.getLogin(), Texts.text("staff.history.rolesChanged"));
        }
        em.flush();
        return staffAccounts.rows(List.of(member)).get(0);
    }

    /** Every change of the card and of the account, newest first. */
    public List<ChangeRecord> history(@NotNull Long staffMemberId) {
        StaffMember member = access.checkStaffMember(staffMemberId);
        List<ChangeRecord> changes = new ArrayList<>(history.of(member.auditType(), member.getId()));
        UserAccount account = staffAccounts.accountOf(member);
        if (account != null) {
            changes.addAll(history.of(account.auditType(), account.getId()));
        }
        changes.sort(Comparator.comparing(ChangeRecord::getChangedAt, Comparator.reverseOrder())
                .thenComparing(ChangeRecord::getId, Comparator.reverseOrder()));
        return changes;
    }

    private static void apply(StaffMember member, StaffData data, String phone) {
        member.setPatronymic(blankToNull(data.patronymic()));
        member.setPosition(blankToNull(data.position()));
        member.setPhone(phone);
        member.setEmail(blankToNull(data.email()));
    }

    /** The phone as the cards keep it ({@code +7 (916) 123-45-67}), or a refusal. */
    private static String phone(StaffData data) {
        String phone = Phones.normalize(data.phone());
        if (!Phones.isValid(phone)) {
            throw new BusinessException("staff.phone.format", Phones.FORMAT_HINT);
        }
        return phone;
    }

    private static void checkRoles(StaffData data) {
        if (!STAFF_ROLES.containsAll(data.roles())) {
            throw new BusinessException("staff.roles.allowed");
        }
    }

    private <T> TypedQuery<T> query(String select, String name, Role role, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" from StaffMember s where s.school.id = :schoolId");
        boolean byName = name != null && !name.isBlank();
        if (byName) {
            jpql.append(" and lower(concat(s.lastName, ' ', s.firstName, ' ', coalesce(s.patronymic, '')))"
                    + " like :name");
        }
        if (role != null) {
            jpql.append(" and exists (select u from UserAccount u join u.roles r where u.staffMember = s"
                    + " and r = :role)");
        }
        if (!select.contains("count")) {
            jpql.append(" order by s.lastName, s.firstName, s.patronymic, s.id");
        }
        TypedQuery<T> query = em.createQuery(jpql.toString(), type)
                .setParameter("schoolId", access.callerSchool().getId());
        if (byName) {
            query.setParameter("name", "%" + name.strip().toLowerCase() + "%");
        }
        if (role != null) {
            query.setParameter("role", role);
        }
        return query;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
