package ru.ejournal.parent.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;
import static ru.ejournal.security.control.RoleNames.PARENT;
import static ru.ejournal.security.control.RoleNames.SUBJECT_TEACHER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.ConflictException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.parent.control.ParentAccess;
import ru.ejournal.parent.entity.Parent;
import ru.ejournal.parent.entity.Relation;
import ru.ejournal.parent.entity.StudentParent;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.control.PersonalDataAudit;
import ru.ejournal.security.entity.PersonalDataKind;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.security.entity.VisitKind;
import ru.ejournal.staff.entity.StaffMember;
import ru.ejournal.student.entity.Student;
import ru.ejournal.student.entity.StudentStatus;

/** Parents and their children: who may read whose e-diary; the parents' data the class teacher keeps (D3). */
@Stateless
public class ParentService {

    /** The refusal (a key) when a class teacher links a parent of other classes' pupils. */
    public static final String LINK_NEEDS_ADMIN = "parent.link.needsAdmin";

    /** At most this many matches when looking for an existing parent. */
    static final int MATCHES = 20;

    /** A parent who has not visited for this long is flagged (D13). */
    public static final Duration NO_VISIT_INTERVAL = Duration.ofDays(14);

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    ParentAccess parentAccess;

    @Inject
    ChangeHistory history;

    @Inject
    PersonalDataAudit audit;

    /** The children of the signed-in parent, for the e-diary's child selector. */
    @RolesAllowed(PARENT)
    public List<Student> myChildren() {
        UserAccount caller = access.caller();
        if (caller.getParent() == null) {
            throw new AccessDeniedException("parent.notAParent");
        }
        return em.createNamedQuery("StudentParent.findByParent", StudentParent.class)
                .setParameter("parentId", caller.getParent().getId())
                .getResultStream()
                .map(StudentParent::getStudent)
                .toList();
    }

    /** The parents of a student with their relation, for the student card. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER, SUBJECT_TEACHER})
    public List<StudentParent> parentsOf(@NotNull Long studentId) {
        Student student = access.checkStudent(studentId, Intent.READ);
        return em.createQuery(
                        "select sp from StudentParent sp join fetch sp.parent where sp.student = :student",
                        StudentParent.class)
                .setParameter("student", student)
                .getResultList();
    }

    /**
     * The children of a parent with their relation and class, for the parent card: a class teacher sees
     * those in the classes they keep, not the family's children in other classes.
     */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER, PARENT})
    public List<StudentParent> childrenOf(@NotNull Long parentId) {
        Parent parent = parentAccess.check(parentId, Intent.READ);
        List<StudentParent> children = em.createNamedQuery("StudentParent.findByParent", StudentParent.class)
                .setParameter("parentId", parent.getId())
                .getResultList();
        UserAccount caller = access.caller();
        if (access.callerHas(Role.ADMIN)
                || access.callerHas(Role.DEPUTY_DIRECTOR)
                || parent.equals(caller.getParent())) {
            return children;
        }
        StaffMember me = caller.getStaffMember();
        return children.stream()
                .filter(sp -> me != null
                        && sp.getStudent().getSchoolClass() != null
                        && me.equals(sp.getStudent().getSchoolClass().getClassTeacher()))
                .toList();
    }

    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER, PARENT})
    public Parent find(@NotNull Long parentId) {
        Parent parent = parentAccess.check(parentId, Intent.READ);
        audit.viewed(PersonalDataKind.PARENT_CARD, parentId);
        return parent;
    }

    /**
     * Parents of the school who may be the one about to be entered for this student: same last and
     * first name, or the same phone. Siblings share parents, so the class teacher links rather than
     * creates a duplicate.
     *
     * <p>The administrator sees every match with children, login and last visit. A class teacher sees
     * the same of the parents who already have a child in a class they keep (their children there only); a parent of other classes' pupils
     * only on the exact full name (with the patronymic, if the parent has one) and phone, and then
     * with nothing but that name and the typed phone: searching by a name or a phone discloses no
     * other class's family (ASVS 4.2.1, 8.3.x).
     */
    @RolesAllowed({ADMIN, CLASS_TEACHER})
    public List<ParentRow> findExisting(
            @NotNull Long studentId, String lastName, String firstName, String patronymic, String phone) {
        Student student = access.checkStudent(studentId, Intent.WRITE);
        boolean byName = lastName != null && !lastName.isBlank();
        boolean byPhone = phone != null && !phone.isBlank();
        if (!byName && !byPhone) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("select p from Parent p where p.school = :school and (");
        if (byName) {
            jpql.append("(lower(p.lastName) = :lastName")
                    .append(firstName == null || firstName.isBlank() ? ")" : " and lower(p.firstName) = :firstName)");
        }
        if (byPhone) {
            jpql.append(byName ? " or " : "").append("p.phone = :phone or p.extraPhone = :phone");
        }
        jpql.append(") order by p.lastName, p.firstName, p.id");
        TypedQuery<Parent> query = em.createQuery(jpql.toString(), Parent.class)
                .setParameter("school", student.getSchool())
                .setMaxResults(MATCHES);
        if (byName) {
            query.setParameter("lastName", lastName.trim().toLowerCase());
            if (firstName != null && !firstName.isBlank()) {
                query.setParameter("firstName", firstName.trim().toLowerCase());
            }
        }
        if (byPhone) {
            query.setParameter("phone", phone.trim());
        }
        List<Parent> found = query.getResultList();
        if (access.callerHas(Role.ADMIN)) {
            return rows(found, Texts.RUSSIAN);
        }
        Set<Long> ownFamilies = ownFamilies(found);
        List<Parent> own =
                found.stream().filter(p -> ownFamilies.contains(p.getId())).toList();
        Map<Long, ParentRow> ownRows =
                rows(own, Texts.RUSSIAN).stream().collect(Collectors.toMap(ParentRow::id, r -> r));
        List<ParentRow> matches = new ArrayList<>();
        for (Parent p : found) {
            if (ownFamilies.contains(p.getId())) {
                matches.add(ownRows.get(p.getId()));
            } else if (ParentAccess.exactMatch(p, lastName, firstName, patronymic, phone)) {
                matches.add(ParentRow.limited(p.getId(), p.fullName(), phone.trim()));
            }
        }
        return matches;
    }

    /**
     * {@link #findExisting(Long, String, String, String, String)} without a patronymic: a parent who
     * has one is then found by a class teacher only if of their own classes' families.
     */
    @RolesAllowed({ADMIN, CLASS_TEACHER})
    public List<ParentRow> findExisting(@NotNull Long studentId, String lastName, String firstName, String phone) {
        return findExisting(studentId, lastName, firstName, null, phone);
    }

    /** The ids of those parents who have a child in a class the caller keeps as class teacher. */
    private Set<Long> ownFamilies(List<Parent> parents) {
        StaffMember me = access.caller().getStaffMember();
        if (parents.isEmpty() || me == null) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("""
                        select distinct sp.parent.id from StudentParent sp
                        where sp.parent.id in :ids and sp.student.schoolClass.classTeacher = :me""", Long.class)
                .setParameter("ids", parents.stream().map(Parent::getId).toList())
                .setParameter("me", me)
                .getResultList());
    }

    /** Enters a new parent of the student; refuses an exact duplicate of a parent already in the school. */
    @RolesAllowed({ADMIN, CLASS_TEACHER})
    public Parent create(
            @NotNull Long studentId,
            @NotNull(message = "{parent.relation.required}") Relation relation,
            @NotNull(message = "{parent.data.required}") @Valid ParentData data) {
        Student student = writableStudent(studentId);
        long duplicates = em.createQuery("""
                        select count(p) from Parent p where p.school = :school and lower(p.lastName) = :lastName
                        and lower(p.firstName) = :firstName and (p.phone = :phone or lower(p.patronymic) = :patronymic)""", Long.class)
                .setParameter("school", student.getSchool())
                .setParameter("lastName", data.lastName().trim().toLowerCase())
                .setParameter("firstName", data.firstName().trim().toLowerCase())
                .setParameter(
                        "phone",
                        blankToNull(data.phone()) == null ? "-" : data.phone().trim())
                .setParameter(
                        "patronymic",
                        blankToNull(data.patronymic()) == null
                                ? "-"
                                : data.patronymic().trim().toLowerCase())
                .getSingleResult();
        if (duplicates > 0) {
            throw new BusinessException("parent.duplicate");
        }
        Parent parent = new Parent(
                student.getSchool(), data.lastName().trim(), data.firstName().trim(), blankToNull(data.patronymic()));
        apply(parent, data);
        em.persist(parent);
        history.record(parent, Map.of(), login(), Texts.text("parent.history.added"));
        link(student, parent, relation);
        return parent;
    }

    /**
     * Links an existing parent (e.g. of a sibling) to the student. A parent who already has children
     * in classes the caller does not keep is linked by the school administrator only (or by the class
     * teacher of all of them): the link would open the parent's account and family to the caller.
     */
    @RolesAllowed({ADMIN, CLASS_TEACHER})
    public StudentParent linkExisting(
            @NotNull Long studentId,
            @NotNull Long parentId,
            @NotNull(message = "{parent.relation.required}") Relation relation) {
        Student student = writableStudent(studentId);
        Parent parent = em.find(Parent.class, parentId);
        if (parent == null || !parent.getSchool().equals(student.getSchool())) {
            throw new AccessDeniedException("common.noAccess");
        }
        boolean linked = !em.createNamedQuery("StudentParent.findByStudentAndParent", StudentParent.class)
                .setParameter("studentId", student.getId())
                .setParameter("parentId", parent.getId())
                .getResultList()
                .isEmpty();
        if (linked) {
            throw new BusinessException("parent.alreadyLinked");
        }
        parentAccess.checkWholeFamily(parent, LINK_NEEDS_ADMIN);
        return link(student, parent, relation);
    }

    @RolesAllowed({ADMIN, CLASS_TEACHER})
    public Parent update(
            @NotNull Long parentId,
            long expectedVersion,
            @NotNull(message = "{parent.data.required}") @Valid ParentData data) {
        Parent parent = parentAccess.check(parentId, Intent.WRITE);
        if (parent.getVersion() != expectedVersion) {
            throw new ConflictException("parent.conflict");
        }
        if (parent.isFrozen()) {
            throw new BusinessException("parent.frozen");
        }
        Map<String, String> before = parent.auditSnapshot();
        parent.setLastName(data.lastName().trim());
        parent.setFirstName(data.firstName().trim());
        parent.setPatronymic(blankToNull(data.patronymic()));
        apply(parent, data);
        history.record(parent, before, login(), null);
        return parent;
    }

    @RolesAllowed({ADMIN, CLASS_TEACHER})
    public Parent markVerified(@NotNull Long parentId) {
        Parent parent = parentAccess.check(parentId, Intent.WRITE);
        parent.markVerified(login(), Instant.now());
        return parent;
    }

    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER})
    public List<ChangeRecord> history(@NotNull Long parentId) {
        Parent parent = parentAccess.check(parentId, Intent.WRITE);
        return history.of(parent.auditType(), parent.getId());
    }

    /** A page of the parents of a class's studying students, for a lazy table. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER})
    public List<ParentRow> page(@NotNull Long classId, String name, @NotNull ParentFilter filter, int first, int max) {
        return page(classId, name, filter, first, max, Texts.RUSSIAN);
    }

    /** The same, the note of children in other classes in {@code locale}. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER})
    public List<ParentRow> page(
            @NotNull Long classId, String name, @NotNull ParentFilter filter, int first, int max, Locale locale) {
        access.checkClass(classId, Intent.WRITE);
        List<Parent> parents = classQuery(
                        Parent.class,
                        "select distinct p",
                        classId,
                        name,
                        filter,
                        " order by p.lastName, p.firstName, p.id")
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.max(max, 1))
                .getResultList();
        return rows(parents, locale);
    }

    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER})
    public long count(@NotNull Long classId, String name, @NotNull ParentFilter filter) {
        access.checkClass(classId, Intent.WRITE);
        return classQuery(Long.class, "select count(distinct p)", classId, name, filter, "")
                .getSingleResult();
    }

    private <T> TypedQuery<T> classQuery(
            Class<T> type, String select, Long classId, String name, ParentFilter filter, String orderBy) {
        StringBuilder jpql = new StringBuilder(select)
                .append(" from Parent p join p.children sp")
                .append(" where sp.student.schoolClass.id = :classId and sp.student.status = :studying");
        boolean byName = name != null && !name.isBlank();
        if (byName) {
            jpql.append(" and lower(concat(p.lastName, ' ', p.firstName)) like :name");
        }
        switch (filter) {
            case UNVERIFIED -> jpql.append(" and (p.verifiedAt is null or p.verifiedAt < :since)");
            case NO_ACCOUNT -> jpql.append(" and not exists (select a from UserAccount a where a.parent = p)");
            case NEVER_SIGNED_IN ->
                jpql.append(" and exists (select a from UserAccount a where a.parent = p and a.lastLoginAt is null)");
            case NO_VISIT ->
                jpql.append(" and exists (select a from UserAccount a where a.parent = p")
                        .append(" and not exists (select v from VisitEvent v where v.account = a")
                        .append(" and v.kind = :login and v.occurredAt >= :since))");
            default -> {}
        }
        TypedQuery<T> query = em.createQuery(jpql.append(orderBy).toString(), type)
                .setParameter("classId", classId)
                .setParameter("studying", StudentStatus.STUDYING);
        if (byName) {
            query.setParameter("name", "%" + name.trim().toLowerCase() + "%");
        }
        if (filter == ParentFilter.UNVERIFIED) {
            query.setParameter(
                    "since", Instant.now().minus(ru.ejournal.student.boundary.StudentService.VERIFICATION_INTERVAL));
        }
        if (filter == ParentFilter.NO_VISIT) {
            query.setParameter("since", Instant.now().minus(NO_VISIT_INTERVAL));
            query.setParameter("login", VisitKind.LOGIN);
        }
        return query;
    }

    /**
     * Rows with children, login and last visit, read with three set-based queries for the whole page.
     * The administrator and the deputy see every child; a class teacher the children of the classes
     * they keep, and only a count of the others.
     */
    private List<ParentRow> rows(List<Parent> parents, Locale locale) {
        if (parents.isEmpty()) {
            return List.of();
        }
        List<Long> ids = parents.stream().map(Parent::getId).toList();
        boolean schoolWide = access.callerHas(Role.ADMIN) || access.callerHas(Role.DEPUTY_DIRECTOR);
        StaffMember me = schoolWide ? null : access.caller().getStaffMember();
        Map<Long, List<String>> children = new LinkedHashMap<>();
        Map<Long, Integer> elsewhere = new HashMap<>();
        em.createQuery(
                        "select sp from StudentParent sp where sp.parent.id in :ids order by sp.student.lastName",
                        StudentParent.class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(sp -> {
                    Long parentId = sp.getParent().getId();
                    SchoolClass c = sp.getStudent().getSchoolClass();
                    if (schoolWide || (me != null && c != null && me.equals(c.getClassTeacher()))) {
                        children.computeIfAbsent(parentId, id -> new ArrayList<>())
                                .add(sp.getStudent().shortName() + " (" + (c == null ? "" : c.getName()) + ")");
                    } else {
                        elsewhere.merge(parentId, 1, Integer::sum);
                    }
                });
        Map<Long, UserAccount> accounts = new HashMap<>();
        em.createQuery("select a from UserAccount a where a.parent.id in :ids", UserAccount.class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(a -> accounts.put(a.getParent().getId(), a));
        Map<Long, Instant> lastVisit = new HashMap<>();
        if (!accounts.isEmpty()) {
            em.createNamedQuery("VisitEvent.findLastVisitByAccounts", Object[].class)
                    .setParameter(
                            "accountIds",
                            accounts.values().stream().map(UserAccount::getId).toList())
                    .setParameter("kinds", List.of(VisitKind.LOGIN))
                    .getResultStream()
                    .forEach(r -> lastVisit.put((Long) r[0], toInstant(r[1])));
        }
        Instant staleBefore = Instant.now().minus(ru.ejournal.student.boundary.StudentService.VERIFICATION_INTERVAL);
        return parents.stream()
                .map(p -> {
                    UserAccount a = accounts.get(p.getId());
                    int others = elsewhere.getOrDefault(p.getId(), 0);
                    String names = String.join(", ", children.getOrDefault(p.getId(), List.of()));
                    if (others > 0) {
                        names = (names.isEmpty() ? "" : names + "; ")
                                + Texts.text(locale, "parent.childrenElsewhere", others);
                    }
                    return new ParentRow(
                            p.getId(),
                            p.fullName(),
                            p.getPhone(),
                            names,
                            p.getVerifiedAt(),
                            p.getVerifiedAt() == null || p.getVerifiedAt().isBefore(staleBefore),
                            a == null ? null : a.getLogin(),
                            a == null ? null : lastVisit.get(a.getId()),
                            others > 0,
                            false);
                })
                .toList();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.sql.Timestamp t) {
            return new ru.ejournal.common.entity.InstantConverter().convertToEntityAttribute(t);
        }
        return null;
    }

    private StudentParent link(Student student, Parent parent, Relation relation) {
        StudentParent link = new StudentParent(student, parent, relation);
        em.persist(link);
        history.record(link, Map.of(), login(), Texts.text("parent.history.linked"));
        return link;
    }

    private Student writableStudent(Long studentId) {
        Student student = access.checkStudent(studentId, Intent.WRITE);
        if (student.isDeparted()) {
            throw new BusinessException("student.departed.readOnly");
        }
        return student;
    }

    private static void apply(Parent parent, ParentData data) {
        parent.setPhone(blankToNull(data.phone()));
        parent.setExtraPhone(blankToNull(data.extraPhone()));
        parent.setEmail(blankToNull(data.email()));
        parent.setWorkplace(blankToNull(data.workplace()));
        parent.setHomeAddress(blankToNull(data.homeAddress()));
    }

    private String login() {
        return access.caller().getLogin();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
