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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.ejournal.common.control.Texts;
import ru.ejournal.parent.entity.StudentParent;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.security.entity.VisitKind;

/** The signed-in person's own account: summary for the home page. */
@Stateless
@RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER, SUBJECT_TEACHER, PARENT, STUDENT, REGION_ADMIN})
public class AccountService {

    /** Shown in place of a school's name for a region-level account. */
    static final String REGION_NAME = "security.account.region";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    /** The caller's summary in Russian. */
    public AccountSummary me() {
        return me(Texts.RUSSIAN);
    }

    /** The caller's summary, its labels in {@code locale}. */
    public AccountSummary me(Locale locale) {
        UserAccount account = access.callerEvenWithOneTimePassword();
        List<Role> roles = account.getRoles().stream().sorted().toList();
        String fullName = account.getStaffMember() != null
                ? account.getStaffMember().fullName()
                : account.getParent() != null
                        ? account.getParent().fullName()
                        : account.getStudent() != null ? account.getStudent().fullName() : account.getLogin();
        String ownClass = null;
        List<String> teaching = new ArrayList<>();
        List<String> children = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        if (account.getStaffMember() != null) {
            // names and ids only: this runs on every page (the top bar), and a class or an assignment as an
            // entity would load each of its relations
            ownClass = em.createQuery(
                            "select c.id, c.grade, c.letter from SchoolClass c where c.classTeacher.id = :teacherId",
                            Object[].class)
                    .setParameter("teacherId", account.getStaffMember().getId())
                    .getResultStream()
                    .map(c -> Texts.text(
                            locale,
                            "security.account.ownClass",
                            SchoolClass.name((Integer) c[1], (String) c[2]),
                            countStudents((Long) c[0])))
                    .findFirst()
                    .orElse(null);
            // the assignments of TeachingAssignment.findByTeacher (the current academic year)
            em.createQuery("""
                            select c.grade, c.letter, s.name, g.name from TeachingAssignment a
                            join a.schoolClass c join a.subject s left join a.subgroup g
                            where a.teacher.id = :teacherId and a.academicYear.current = true""", Object[].class)
                    .setParameter("teacherId", account.getStaffMember().getId())
                    .getResultStream()
                    .map(a -> SchoolClass.name((Integer) a[0], (String) a[1]) + ", " + a[2]
                            + (a[3] == null ? "" : " (" + a[3] + ")"))
                    .sorted()
                    .forEach(teaching::add);
        }
        if (account.getParent() != null) {
            em.createNamedQuery("StudentParent.findByParent", StudentParent.class)
                    .setParameter("parentId", account.getParent().getId())
                    .getResultStream()
                    .map(sp -> sp.getStudent().fullName() + ", "
                            + sp.getStudent().getSchoolClass().getName())
                    .forEach(children::add);
        }
        if (account.getStudent() != null) {
            ownClass = account.getStudent().getSchoolClass().getName();
        }
        if (account.isRegionLevel()) {
            figures.add(Texts.text(
                    locale,
                    "security.account.schools",
                    em.createQuery("select count(s) from School s", Long.class).getSingleResult()));
        } else if (roles.contains(Role.ADMIN) || roles.contains(Role.DEPUTY_DIRECTOR)) {
            School school = account.getSchool();
            Map<String, String> counted = new LinkedHashMap<>();
            counted.put("security.account.classes", "select count(c) from SchoolClass c where c.school = :school");
            counted.put(
                    "security.account.students",
                    "select count(s) from Student s where s.school = :school and s.status = ru.ejournal.student.entity.StudentStatus.STUDYING");
            counted.put("security.account.staff", "select count(s) from StaffMember s where s.school = :school");
            counted.put(
                    "security.account.violations",
                    "select count(v) from Violation v where v.school = :school and v.closedAt is null");
            counted.forEach((key, jpql) -> figures.add(Texts.text(locale, key, count(jpql, school))));
        }
        return new AccountSummary(
                account.getLogin(),
                fullName,
                roles.stream().map(Role::name).toList(),
                roles.stream().map(r -> r.title(locale)).toList(),
                account.isRegionLevel()
                        ? Texts.text(locale, REGION_NAME)
                        : account.getSchool().getName(),
                previousLogin(account),
                ownClass,
                teaching,
                children,
                figures);
    }

    /** The sign-in before the current one: the current one has just been recorded. */
    private LocalDateTime previousLogin(UserAccount account) {
        return em.createQuery("""
                        select v.occurredAt from VisitEvent v
                        where v.account = :account and v.kind = :kind order by v.occurredAt desc""", Instant.class)
                .setParameter("account", account)
                .setParameter("kind", VisitKind.LOGIN)
                .setFirstResult(1)
                .setMaxResults(1)
                .getResultStream()
                .map(i -> LocalDateTime.ofInstant(i, ZoneId.systemDefault()))
                .findFirst()
                .orElse(null);
    }

    private long countStudents(Long schoolClassId) {
        return em.createQuery("""
                        select count(s) from Student s where s.schoolClass.id = :c
                        and s.status = ru.ejournal.student.entity.StudentStatus.STUDYING""", Long.class).setParameter("c", schoolClassId).getSingleResult();
    }

    private long count(String jpql, School school) {
        return em.createQuery(jpql, Long.class).setParameter("school", school).getSingleResult();
    }
}
