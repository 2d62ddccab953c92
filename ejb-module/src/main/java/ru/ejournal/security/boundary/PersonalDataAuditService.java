package ru.ejournal.security.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ru.ejournal.common.entity.PersonName;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.parent.control.ParentAccess;
import ru.ejournal.parent.entity.Parent;
import ru.ejournal.school.entity.School;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.AuditSetting;
import ru.ejournal.security.entity.PersonalDataKind;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.student.entity.Student;

/**
 * The personal-data audit for the school's administrator (and, to read, the deputy director): "who saw
 * the data of this pupil" (views of the pupil's card and letter, and of the exports of the pupil's
 * class), "who saw this parent's card", "what did this account look at", newest first, a page at a
 * time; and how many months the school keeps the audit. Everything is of the caller's school only.
 */
@Stateless
@RolesAllowed({ADMIN, DEPUTY_DIRECTOR})
public class PersonalDataAuditService {

    static final int OPTIONS = 20;
    static final String SETTING_TYPE = "AuditSetting";

    private static final String LINE = """
            select v.id, v.occurredAt, v.login, m.lastName, m.firstName, m.patronymic, v.kind,
            s.lastName, s.firstName, s.patronymic, p.lastName, p.firstName, p.patronymic, c.code, v.ipAddress
            from PersonalDataView v left join v.account a left join a.staffMember m left join v.student s
            left join v.parent p left join v.schoolClass c where v.school = :school and """;
    private static final String COUNT = """
            select count(v) from PersonalDataView v left join v.student s left join v.parent p
            left join v.schoolClass c left join v.account a where v.school = :school and """;
    private static final String OF_STUDENT = " (s.id = :student or (c.id = :class and v.kind in :classKinds))";
    private static final String OF_PARENT = " p.id = :parent";
    private static final String OF_ACCOUNT = " a.id = :account";
    private static final String NEWEST_FIRST = " order by v.occurredAt desc, v.id desc";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    ParentAccess parentAccess;

    /** Pupils of the caller's school whose last name starts with {@code query}. */
    public List<AuditOption> students(String query) {
        return em.createQuery("""
                        select s.id, s.lastName, s.firstName, s.patronymic, c.code from Student s join s.schoolClass c
                        where s.school = :school and lower(s.lastName) like :q
                        order by s.lastName, s.firstName, s.id""", Object[].class)
                .setParameter("school", access.callerSchool())
                .setParameter("q", prefix(query))
                .setMaxResults(OPTIONS)
                .getResultStream()
                .map(r -> new AuditOption(
                        (Long) r[0], PersonName.full((String) r[1], (String) r[2], (String) r[3]) + ", " + r[4]))
                .toList();
    }

    /** Parents of the caller's school whose last name starts with {@code query}. */
    public List<AuditOption> parents(String query) {
        return em.createQuery("""
                        select p.id, p.lastName, p.firstName, p.patronymic from Parent p
                        where p.school = :school and lower(p.lastName) like :q
                        order by p.lastName, p.firstName, p.id""", Object[].class)
                .setParameter("school", access.callerSchool())
                .setParameter("q", prefix(query))
                .setMaxResults(OPTIONS)
                .getResultStream()
                .map(r -> new AuditOption((Long) r[0], PersonName.full((String) r[1], (String) r[2], (String) r[3])))
                .toList();
    }

    /** Staff accounts of the caller's school whose login or last name starts with {@code query}. */
    public List<AuditOption> accounts(String query) {
        return em.createQuery("""
                        select u.id, u.login, m.lastName, m.firstName, m.patronymic from UserAccount u
                        join u.staffMember m where u.school = :school
                        and (lower(u.login) like :q or lower(m.lastName) like :q)
                        order by u.login""", Object[].class)
                .setParameter("school", access.callerSchool())
                .setParameter("q", prefix(query))
                .setMaxResults(OPTIONS)
                .getResultStream()
                .map(r -> new AuditOption(
                        (Long) r[0], r[1] + " — " + PersonName.full((String) r[2], (String) r[3], (String) r[4])))
                .toList();
    }

    /** Who saw this pupil's data: their card and letter, and the letters and grade books of their class. */
    public List<AuditLine> ofStudent(
            @NotNull(message = "{security.audit.studentRequired}") Long studentId, int first, int max) {
        Student student = access.checkStudent(studentId, Intent.READ);
        return lines(ofStudent(em.createQuery(LINE + OF_STUDENT + NEWEST_FIRST, Object[].class), student), first, max);
    }

    public long countOfStudent(@NotNull(message = "{security.audit.studentRequired}") Long studentId) {
        Student student = access.checkStudent(studentId, Intent.READ);
        return ofStudent(em.createQuery(COUNT + OF_STUDENT, Long.class), student)
                .getSingleResult();
    }

    /** Who saw this parent's card. */
    public List<AuditLine> ofParent(
            @NotNull(message = "{security.audit.parentRequired}") Long parentId, int first, int max) {
        Parent parent = parentAccess.check(parentId, Intent.READ);
        return lines(
                em.createQuery(LINE + OF_PARENT + NEWEST_FIRST, Object[].class)
                        .setParameter("school", parent.getSchool())
                        .setParameter("parent", parent.getId()),
                first,
                max);
    }

    public long countOfParent(@NotNull(message = "{security.audit.parentRequired}") Long parentId) {
        Parent parent = parentAccess.check(parentId, Intent.READ);
        return em.createQuery(COUNT + OF_PARENT, Long.class)
                .setParameter("school", parent.getSchool())
                .setParameter("parent", parent.getId())
                .getSingleResult();
    }

    /** What this account of the caller's school looked at. */
    public List<AuditLine> ofAccount(
            @NotNull(message = "{security.audit.accountRequired}") Long accountId, int first, int max) {
        UserAccount account = ownAccount(accountId);
        return lines(
                em.createQuery(LINE + OF_ACCOUNT + NEWEST_FIRST, Object[].class)
                        .setParameter("school", account.getSchool())
                        .setParameter("account", account.getId()),
                first,
                max);
    }

    public long countOfAccount(@NotNull(message = "{security.audit.accountRequired}") Long accountId) {
        UserAccount account = ownAccount(accountId);
        return em.createQuery(COUNT + OF_ACCOUNT, Long.class)
                .setParameter("school", account.getSchool())
                .setParameter("account", account.getId())
                .getSingleResult();
    }

    /** How many months the caller's school keeps the audit. */
    public int retentionMonths() {
        return setting(access.callerSchool())
                .map(AuditSetting::getRetentionMonths)
                .orElse(AuditSetting.DEFAULT_RETENTION_MONTHS);
    }

    /** Sets how many months the school keeps the audit (1–120); the change goes into the change history. */
    @RolesAllowed(ADMIN)
    public void setRetentionMonths(
            @Min(value = 1, message = "{security.audit.retentionRange}")
                    @Max(value = 120, message = "{security.audit.retentionRange}")
                    int months) {
        UserAccount caller = access.caller();
        School school = caller.getSchool();
        AuditSetting setting = setting(school).orElse(null);
        int before = setting == null ? AuditSetting.DEFAULT_RETENTION_MONTHS : setting.getRetentionMonths();
        if (before == months && setting != null) {
            return;
        }
        if (setting == null) {
            setting = new AuditSetting(school, months);
            em.persist(setting);
            em.flush();
        } else {
            setting.setRetentionMonths(months);
        }
        em.persist(new ChangeRecord(
                school,
                SETTING_TYPE,
                setting.getId(),
                "retentionMonths",
                String.valueOf(before),
                String.valueOf(months),
                caller.getLogin(),
                Instant.now()));
    }

    private Optional<AuditSetting> setting(School school) {
        return em.createQuery("select a from AuditSetting a where a.school = :school", AuditSetting.class)
                .setParameter("school", school)
                .getResultStream()
                .findFirst();
    }

    private <T> TypedQuery<T> ofStudent(TypedQuery<T> query, Student student) {
        return query.setParameter("school", student.getSchool())
                .setParameter("student", student.getId())
                .setParameter("class", student.getSchoolClass().getId())
                .setParameter(
                        "classKinds",
                        Arrays.stream(PersonalDataKind.values())
                                .filter(PersonalDataKind::ofClass)
                                .toList());
    }

    private UserAccount ownAccount(Long accountId) {
        School school = access.callerSchool();
        UserAccount account = accountId == null ? null : em.find(UserAccount.class, accountId);
        if (account == null || !Objects.equals(account.getSchool(), school)) {
            throw new AccessDeniedException("common.noAccess");
        }
        return account;
    }

    private static List<AuditLine> lines(TypedQuery<Object[]> query, int first, int max) {
        return query.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultStream()
                .map(r -> new AuditLine(
                        (Long) r[0],
                        (Instant) r[1],
                        (String) r[2],
                        PersonName.full((String) r[3], (String) r[4], (String) r[5]),
                        (PersonalDataKind) r[6],
                        whose(r),
                        (String) r[14]))
                .toList();
    }

    private static String whose(Object[] r) {
        if (r[7] != null) {
            return PersonName.full((String) r[7], (String) r[8], (String) r[9]);
        }
        if (r[10] != null) {
            return PersonName.full((String) r[10], (String) r[11], (String) r[12]);
        }
        return (String) r[13];
    }

    private static String prefix(String query) {
        return (query == null ? "" : query.strip().toLowerCase()) + "%";
    }
}
