package ru.ejournal.credentials.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.credentials.control.AccountCredentials;
import ru.ejournal.credentials.control.CredentialSlips;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.parent.control.ParentAccess;
import ru.ejournal.parent.entity.Parent;
import ru.ejournal.parent.entity.StudentParent;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.control.PasswordHasher;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.student.entity.Student;

/**
 * Accounts of a class's students and parents (D2): created in one action with one-time initial
 * passwords, printed as credential slips, blocked, unblocked and reset by the class teacher.
 * Initial passwords are returned once and only their hash is stored.
 */
@Stateless
@RolesAllowed({ADMIN, CLASS_TEACHER})
public class CredentialService {

    static final String STUDENT_KIND = "credentials.kind.student";
    static final String PARENT_KIND = "credentials.kind.parent";

    /** The refusal (a key) when a class teacher resets the password of a parent of other classes' pupils. */
    public static final String RESET_NEEDS_ADMIN = "credentials.reset.needsAdmin";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    ParentAccess parentAccess;

    @Inject
    PasswordHasher hasher;

    @Inject
    ChangeHistory history;

    @Inject
    CredentialSlips slips;

    @Inject
    AccountCredentials accounts;

    /** Every studying student of the class and every parent of them, with the state of their account. */
    public List<AccountRow> overview(@NotNull Long classId) {
        return overview(classId, Texts.RUSSIAN);
    }

    /** The same, its words (who the person is, their children) in {@code locale}. */
    public List<AccountRow> overview(@NotNull Long classId, Locale locale) {
        SchoolClass schoolClass = access.checkClass(classId, Intent.WRITE);
        List<Student> students = studying(schoolClass);
        List<StudentParent> links = links(schoolClass);
        Map<Long, UserAccount> studentAccounts = new HashMap<>();
        em.createNamedQuery("UserAccount.findStudentsOfClass", UserAccount.class)
                .setParameter("schoolClassId", classId)
                .getResultStream()
                .forEach(a -> studentAccounts.put(a.getStudent().getId(), a));
        Map<Long, UserAccount> parentAccounts = new HashMap<>();
        em.createNamedQuery("UserAccount.findParentsOfClass", UserAccount.class)
                .setParameter("schoolClassId", classId)
                .getResultStream()
                .forEach(a -> parentAccounts.put(a.getParent().getId(), a));
        Instant now = Instant.now();
        List<AccountRow> rows = new ArrayList<>();
        for (Student s : students) {
            rows.add(row(
                    Texts.text(locale, STUDENT_KIND),
                    s.getId(),
                    s.fullName(),
                    null,
                    studentAccounts.get(s.getId()),
                    now));
        }
        for (Map.Entry<Parent, String> p : parentsWithChildren(links, locale).entrySet()) {
            AccountRow row = row(
                    Texts.text(locale, PARENT_KIND),
                    p.getKey().getId(),
                    p.getKey().fullName(),
                    p.getValue(),
                    parentAccounts.get(p.getKey().getId()),
                    now);
            rows.add(row.hasAccount() && !parentAccess.mayReachWholeFamily(p.getKey()) ? row.withResetByAdmin() : row);
        }
        return rows;
    }

    /** Creates accounts for every studying student and parent of the class who has none. */
    public List<IssuedCredential> issueMissing(@NotNull Long classId) {
        SchoolClass schoolClass = access.checkClass(classId, Intent.WRITE);
        Set<Long> studentsWithAccount = em.createNamedQuery("UserAccount.findStudentsOfClass", UserAccount.class)
                .setParameter("schoolClassId", classId)
                .getResultStream()
                .map(a -> a.getStudent().getId())
                .collect(Collectors.toSet());
        Set<Long> parentsWithAccount = em.createNamedQuery("UserAccount.findParentsOfClass", UserAccount.class)
                .setParameter("schoolClassId", classId)
                .getResultStream()
                .map(a -> a.getParent().getId())
                .collect(Collectors.toSet());
        String by = access.caller().getLogin();
        Set<String> taken = new HashSet<>();
        List<IssuedCredential> issued = new ArrayList<>();
        for (Student s : studying(schoolClass)) {
            if (!studentsWithAccount.contains(s.getId())) {
                String password = hasher.newInitialPassword();
                UserAccount account = accounts.create(
                        s.getSchool(), s.getLastName(), s.getFirstName(), password, EnumSet.of(Role.STUDENT), taken);
                account.setStudent(s);
                history.record(account, Map.of(), by, Texts.text("credentials.history.created"));
                issued.add(new IssuedCredential(
                        s.fullName(),
                        Texts.text(STUDENT_KIND),
                        account.getLogin(),
                        password,
                        Texts.text("credentials.slip.class", schoolClass.getName())));
            }
        }
        for (Map.Entry<Parent, String> p :
                parentsWithChildren(links(schoolClass), Texts.RUSSIAN).entrySet()) {
            Parent parent = p.getKey();
            if (!parentsWithAccount.contains(parent.getId())) {
                String password = hasher.newInitialPassword();
                UserAccount account = accounts.create(
                        parent.getSchool(),
                        parent.getLastName(),
                        parent.getFirstName(),
                        password,
                        EnumSet.of(Role.PARENT),
                        taken);
                account.setParent(parent);
                history.record(account, Map.of(), by, Texts.text("credentials.history.created"));
                issued.add(new IssuedCredential(
                        parent.fullName(), Texts.text(PARENT_KIND), account.getLogin(), password, p.getValue()));
            }
        }
        return issued;
    }

    /**
     * A new one-time password; the person must change it at the next sign-in. Also lifts a lock-out.
     * A parent who has children in classes the caller does not keep gets it from the school
     * administrator only (or from the class teacher of all of them): whoever resets the password
     * signs in as the parent and reads every child's e-diary (ASVS 2.5.x, 4.2.1).
     */
    public IssuedCredential resetPassword(@NotNull Long accountId) {
        UserAccount account = familyAccount(accountId);
        if (account.getParent() != null) {
            parentAccess.checkWholeFamily(account.getParent(), RESET_NEEDS_ADMIN);
        }
        String password = accounts.issuePassword(
                account, false, access.caller().getLogin(), Texts.text("credentials.history.reset"));
        return new IssuedCredential(
                ownerName(account),
                Texts.text(account.hasRole(Role.STUDENT) ? STUDENT_KIND : PARENT_KIND),
                account.getLogin(),
                password,
                account.getStudent() != null
                        ? Texts.text(
                                "credentials.slip.class",
                                account.getStudent().getSchoolClass().getName())
                        : null);
    }

    public void block(@NotNull Long accountId) {
        setEnabled(accountId, false, Texts.text("credentials.history.blocked"));
    }

    public void unblock(@NotNull Long accountId) {
        setEnabled(accountId, true, Texts.text("credentials.history.unblocked"));
    }

    /** The slips of the given credentials as a PDF, one slip per person with cut lines; {@code siteUrl} is where to sign in. */
    public byte[] slipsPdf(
            @NotEmpty(message = "{credentials.slips.none}") List<IssuedCredential> credentials, String siteUrl) {
        UserAccount caller = access.caller();
        String address = siteUrl == null || siteUrl.isBlank() ? Texts.text("credentials.slip.noAddress") : siteUrl;
        return slips.render(caller.getSchool().getName(), address, credentials);
    }

    private void setEnabled(Long accountId, boolean enabled, String reason) {
        accounts.setEnabled(familyAccount(accountId), enabled, access.caller().getLogin(), reason);
    }

    /**
     * A student's or parent's account the caller may manage; staff accounts are not managed here, also
     * when the staff member's account is linked to a parent (a teacher who is a parent of the school).
     */
    private UserAccount familyAccount(Long accountId) {
        UserAccount account = accountId == null ? null : em.find(UserAccount.class, accountId);
        if (account == null) {
            throw new AccessDeniedException("common.noAccess");
        }
        if (account.getStaffMember() != null || account.isRegionLevel() || hasStaffRole(account)) {
            throw new AccessDeniedException("credentials.staffByAdmin");
        }
        if (account.getStudent() != null) {
            Student student = access.checkStudent(account.getStudent().getId(), Intent.WRITE);
            if (student.isDeparted() && account.isEnabled() == false) {
                throw new BusinessException("credentials.departedBlocked");
            }
        } else if (account.getParent() != null) {
            parentAccess.check(account.getParent().getId(), Intent.WRITE);
        } else {
            throw new AccessDeniedException("credentials.staffByAdmin");
        }
        return account;
    }

    private static boolean hasStaffRole(UserAccount account) {
        return account.getRoles().stream().anyMatch(r -> r != Role.PARENT && r != Role.STUDENT);
    }

    private List<Student> studying(SchoolClass schoolClass) {
        return em.createNamedQuery("Student.findStudyingByClass", Student.class)
                .setParameter("schoolClassId", schoolClass.getId())
                .getResultList();
    }

    private List<StudentParent> links(SchoolClass schoolClass) {
        return em.createQuery("""
                        select sp from StudentParent sp where sp.student.schoolClass = :c
                        and sp.student.status = ru.ejournal.student.entity.StudentStatus.STUDYING
                        order by sp.parent.lastName, sp.parent.firstName, sp.parent.id""", StudentParent.class)
                .setParameter("c", schoolClass)
                .getResultList();
    }

    /** Each parent once, with «мать: Петров И. (7Б)»-style notes of their children in the class. */
    private static Map<Parent, String> parentsWithChildren(List<StudentParent> links, Locale locale) {
        Map<Parent, List<String>> children = new LinkedHashMap<>();
        for (StudentParent sp : links) {
            children.computeIfAbsent(sp.getParent(), p -> new ArrayList<>())
                    .add(sp.getStudent().shortName() + " ("
                            + sp.getStudent().getSchoolClass().getName() + ")");
        }
        Map<Parent, String> notes = new LinkedHashMap<>();
        children.forEach(
                (p, names) -> notes.put(p, Texts.text(locale, "credentials.parentOf", String.join(", ", names))));
        return notes;
    }

    private static AccountRow row(String kind, Long personId, String name, String note, UserAccount a, Instant now) {
        return a == null
                ? new AccountRow(kind, personId, name, note, null, null, false, false, null, false, false)
                : new AccountRow(
                        kind,
                        personId,
                        name,
                        note,
                        a.getId(),
                        a.getLogin(),
                        a.isEnabled(),
                        a.isMustChangePassword(),
                        a.getLastLoginAt(),
                        a.isLockedAt(now) && a.isEnabled(),
                        false);
    }

    private static String ownerName(UserAccount account) {
        return account.getStudent() != null
                ? account.getStudent().fullName()
                : account.getParent() != null ? account.getParent().fullName() : account.getLogin();
    }
}
