package ru.ejournal.security.entity;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import ru.ejournal.common.entity.Audited;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.parent.entity.Parent;
import ru.ejournal.school.entity.School;
import ru.ejournal.staff.entity.StaffMember;
import ru.ejournal.student.entity.Student;

/** Учётная запись: the login of a staff member, a parent or a student, or of the region administrator. */
@Entity
// The school may be null: a region administrator's account has none (V7).
@AssociationOverride(name = "school", joinColumns = @JoinColumn(name = "school_id", nullable = true))
@Table(name = "user_account")
@NamedQueries({
    @NamedQuery(name = "UserAccount.findByLogin", query = "SELECT a FROM UserAccount a WHERE a.login = :login"),
    // the signed-in caller's account with what loading it loads anyway (EclipseLink without weaving reads every
    // to-one relation at once), joined into one statement that is prepared once (hints given to a query at each
    // call would have its SQL generated anew at each call); the sign-in locks the account with findByLogin, as a
    // lock refuses outer joins
    @NamedQuery(
            name = "UserAccount.caller",
            query = "SELECT a FROM UserAccount a WHERE a.login = :login",
            hints = {
                @QueryHint(name = "eclipselink.left-join-fetch", value = "a.parent"),
                @QueryHint(name = "eclipselink.left-join-fetch", value = "a.school"),
                @QueryHint(name = "eclipselink.left-join-fetch", value = "a.staffMember"),
                @QueryHint(name = "eclipselink.left-join-fetch", value = "a.student"),
                @QueryHint(name = "eclipselink.left-join-fetch", value = "a.student.schoolClass"),
                @QueryHint(name = "eclipselink.left-join-fetch", value = "a.student.schoolClass.academicYear"),
                @QueryHint(name = "eclipselink.left-join-fetch", value = "a.student.schoolClass.classTeacher")
            }),
    @NamedQuery(
            name = "UserAccount.findByExternalSubject",
            query = "SELECT a FROM UserAccount a WHERE a.externalSubject = :subject"),
    @NamedQuery(
            name = "UserAccount.findByStaffMember",
            query = "SELECT a FROM UserAccount a WHERE a.staffMember.id = :staffMemberId"),
    @NamedQuery(name = "UserAccount.findByParent", query = "SELECT a FROM UserAccount a WHERE a.parent.id = :parentId"),
    @NamedQuery(
            name = "UserAccount.findByStudent",
            query = "SELECT a FROM UserAccount a WHERE a.student.id = :studentId"),
    @NamedQuery(
            name = "UserAccount.findByRole",
            query = "SELECT DISTINCT a FROM UserAccount a JOIN a.roles r WHERE a.school.id = :schoolId AND r = :role"
                    + " ORDER BY a.login"),
    @NamedQuery(
            name = "UserAccount.findParentsOfClass",
            query = "SELECT a FROM UserAccount a WHERE a.parent IN"
                    + " (SELECT sp.parent FROM StudentParent sp WHERE sp.student.schoolClass.id = :schoolClassId)"),
    @NamedQuery(
            name = "UserAccount.findStudentsOfClass",
            query = "SELECT a FROM UserAccount a WHERE a.student.schoolClass.id = :schoolClassId")
})
public class UserAccount extends SchoolOwned implements Audited {

    @Column(name = "login", nullable = false, unique = true, length = 100)
    private String login;

    /** The identity provider's subject linked to this account (OpenID Connect sign-in); null when none. */
    @Column(name = "external_subject", unique = true, length = 255)
    private String externalSubject;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @Enumerated(EnumType.STRING)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "staff_member_id")
    private StaffMember staffMember;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Parent parent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "student_id")
    private Student student;

    /** False when blocked by the class teacher or the administrator. */
    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    /**
     * When the school last issued this account a password (a one-time one, or the first); null when it
     * never had a usable one, as the staff accounts {@code region-import} creates and staff cards before
     * their credentials.
     */
    @Column(name = "password_issued_at")
    private Instant passwordIssuedAt;

    protected UserAccount() {}

    /** A new account that must change its (initial) password at first login. */
    public UserAccount(School school, String login, String passwordHash, Set<Role> roles, Instant createdAt) {
        super(school);
        this.login = login;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
        this.passwordIssuedAt = createdAt;
    }

    /** A region-level account: no school, no person of a school; the region administrator. */
    public static UserAccount regionAdministrator(String login, String passwordHash, Instant createdAt) {
        return new UserAccount(null, login, passwordHash, EnumSet.of(Role.REGION_ADMIN), createdAt);
    }

    /** Whether the account belongs to the region rather than to a school ({@link #getSchool()} is null). */
    public boolean isRegionLevel() {
        return getSchool() == null;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether sign-in is refused at the given moment: blocked, or locked after failed attempts. */
    public boolean isLockedAt(Instant now) {
        return !enabled || (lockedUntil != null && now.isBefore(lockedUntil));
    }

    @Override
    public String auditType() {
        return "UserAccount";
    }

    /** Only non-secret fields: the password hash never enters the history. */
    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("enabled", Boolean.toString(enabled));
        snapshot.put("roles", Audited.text(roles));
        snapshot.put("mustChangePassword", Boolean.toString(mustChangePassword));
        snapshot.put("passwordIssuedAt", Audited.text(passwordIssuedAt));
        snapshot.put("externalSubject", Audited.text(externalSubject));
        return snapshot;
    }

    public String getExternalSubject() {
        return externalSubject;
    }

    public void setExternalSubject(String externalSubject) {
        this.externalSubject = externalSubject;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public StaffMember getStaffMember() {
        return staffMember;
    }

    public void setStaffMember(StaffMember staffMember) {
        this.staffMember = staffMember;
    }

    public Parent getParent() {
        return parent;
    }

    public void setParent(Parent parent) {
        this.parent = parent;
    }

    public Student getStudent() {
        return student;
    }

    public void setStudent(Student student) {
        this.student = student;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public void setFailedLogins(int failedLogins) {
        this.failedLogins = failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public void setLockedUntil(Instant lockedUntil) {
        this.lockedUntil = lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public void setLastLoginAt(Instant lastLoginAt) {
        this.lastLoginAt = lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public void setPasswordChangedAt(Instant passwordChangedAt) {
        this.passwordChangedAt = passwordChangedAt;
    }

    public Instant getPasswordIssuedAt() {
        return passwordIssuedAt;
    }

    public void setPasswordIssuedAt(Instant passwordIssuedAt) {
        this.passwordIssuedAt = passwordIssuedAt;
    }
}
