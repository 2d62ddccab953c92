package ru.ejournal.security.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;
import static ru.ejournal.security.control.RoleNames.PARENT;
import static ru.ejournal.security.control.RoleNames.REGION_ADMIN;
import static ru.ejournal.security.control.RoleNames.STUDENT;
import static ru.ejournal.security.control.RoleNames.SUBJECT_TEACHER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Objects;
import ru.ejournal.common.control.Texts;
import ru.ejournal.journal.control.GradeBookQueries;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.TeachingAssignment;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.control.AssignmentConditions;
import ru.ejournal.security.control.CallerAccounts;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.staff.entity.StaffMember;
import ru.ejournal.student.entity.Student;

/**
 * The one place that answers "may this caller see or change this school, class, student, lesson?".
 * Every service calls it before it reads or writes a record; each check either returns the record
 * or throws {@link AccessDeniedException}.
 *
 * <ul>
 * <li>administrator and deputy director: everything of their school;</li>
 * <li>class teacher: their class and its students (and, to read, the lessons of their class);</li>
 * <li>subject teacher: the classes and subgroups of their teaching assignments and their lessons;</li>
 * <li>parent: their own children, read only; student: themself, read only;</li>
 * <li>region administrator (an account of no school): every school's card, new schools and their
 * administrators, region-wide batch jobs and their schedules ({@link RegionScope}); never a school's
 * pupils, grade books or diaries (the checks of a class, student or lesson compare schools, and the
 * region's is none).</li>
 * </ul>
 */
@Stateless
@RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER, SUBJECT_TEACHER, PARENT, STUDENT, REGION_ADMIN})
public class AccessControl {

    /** Whether the caller wants to read the record or to change it. */
    public enum Intent {
        READ,
        WRITE
    }

    static final String DENIED = "common.noAccess";
    static final String NO_JOURNAL = "security.access.noJournal";
    static final String NO_ACCOUNT = "security.access.noAccount";
    /** The key of the refusal before the one-time password is changed. */
    static final String ONE_TIME_PASSWORD_KEY = "security.access.oneTimePassword";
    /** Its Russian text. */
    public static final String ONE_TIME_PASSWORD = Texts.text(ONE_TIME_PASSWORD_KEY);

    /**
     * What a service read about the caller in its own query, for a lesson it is about to change: the
     * account (null fields when none), and whether a teaching assignment of the caller's staff member
     * has the lesson's class and subject and holds on the lesson's day ({@link AssignmentConditions#holdsOn}), and
     * whether one of theirs for them has ended ({@link AssignmentConditions#ended}). Lets a hot path fold the caller
     * lookup into one statement.
     */
    public record CallerFacts(
            boolean enabled, Long schoolId, Long staffMemberId, boolean teachesClassSubject, boolean handedOver) {

        /** Facts of a caller who has handed over no class and subject (no assignment of theirs has ended). */
        public CallerFacts(boolean enabled, Long schoolId, Long staffMemberId, boolean teachesClassSubject) {
            this(enabled, schoolId, staffMemberId, teachesClassSubject, false);
        }
    }

    /** The signed-in account as ids: its school and its staff member (null for none). */
    public record CallerIds(Long schoolId, Long staffMemberId) {}

    @Resource
    SessionContext context;

    @Inject
    CallerAccounts accounts;

    @PersistenceContext
    EntityManager em;

    @Inject
    GradeBookQueries gradeBooks;

    /**
     * The signed-in account; an identity without an account (a stale session) is refused, and so is an
     * account that still has its one-time password (it may do nothing but change it, on every channel).
     */
    public UserAccount caller() {
        UserAccount account = callerEvenWithOneTimePassword();
        if (account.isMustChangePassword()) {
            throw new AccessDeniedException(ONE_TIME_PASSWORD_KEY);
        }
        return account;
    }

    /**
     * The signed-in account also while it still has a one-time password: only for changing that password
     * and for the person's own name on the password page. Every other service goes through {@link #caller()}.
     */
    public UserAccount callerEvenWithOneTimePassword() {
        String login = context.getCallerPrincipal().getName();
        return accounts.enabled(login).orElseThrow(() -> new AccessDeniedException(NO_ACCOUNT));
    }

    /**
     * {@link #caller()} as ids, in one statement: no roles (they come from the security context), no
     * entities and the relations they would load. The same refusal for a missing or blocked account.
     */
    public CallerIds callerIds() {
        return em.createQuery("""
                        select u.enabled, s.id, sm.id, u.mustChangePassword from UserAccount u left join u.school s
                        left join u.staffMember sm where u.login = :login""", Object[].class)
                .setParameter("login", context.getCallerPrincipal().getName())
                .getResultStream()
                .filter(r -> Boolean.TRUE.equals(r[0]))
                .findFirst()
                .map(r -> {
                    if (Boolean.TRUE.equals(r[3])) {
                        throw new AccessDeniedException(ONE_TIME_PASSWORD_KEY);
                    }
                    return r;
                })
                .map(r -> new CallerIds((Long) r[1], (Long) r[2]))
                .orElseThrow(() -> new AccessDeniedException(NO_ACCOUNT));
    }

    /**
     * The signed-in login as the container knows it, without a query: for the history and the logs of a
     * service that has already checked the caller. No transaction: the hot revisit paths ask it from outside one.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String login() {
        return context.getCallerPrincipal().getName();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean callerHas(Role role) {
        return context.isCallerInRole(role.name());
    }

    /** The school of the caller: every list a staff member sees is of this school. */
    public School callerSchool() {
        return caller().getSchool();
    }

    public School checkSchool(Long schoolId, Intent intent) {
        UserAccount caller = caller();
        School school = find(School.class, schoolId);
        boolean allowed = sameSchool(caller, school) && (intent == Intent.READ ? isStaff() : callerHas(Role.ADMIN));
        return allow(allowed, school);
    }

    /**
     * Any signed-in account of the school (staff, parent or student) may read what is the same for
     * everybody there, such as the bells; another school's account may not.
     */
    public School checkSchoolMember(Long schoolId) {
        UserAccount caller = caller();
        School school = find(School.class, schoolId);
        return allow(sameSchool(caller, school), school);
    }

    public SchoolClass checkClass(Long classId, Intent intent) {
        UserAccount caller = caller();
        SchoolClass schoolClass = find(SchoolClass.class, classId);
        if (!sameSchool(caller, schoolClass.getSchool())) {
            throw new AccessDeniedException(DENIED);
        }
        boolean allowed = isSchoolWide()
                || isClassTeacherOf(caller, schoolClass)
                || (intent == Intent.READ && teachesClass(caller, schoolClass));
        return allow(allowed, schoolClass);
    }

    public Student checkStudent(Long studentId, Intent intent) {
        UserAccount caller = caller();
        Student student = find(Student.class, studentId);
        if (!sameSchool(caller, student.getSchool())) {
            throw new AccessDeniedException(DENIED);
        }
        boolean allowed = isSchoolWide()
                || isClassTeacherOf(caller, student.getSchoolClass())
                || (intent == Intent.READ
                        && (teachesStudent(caller, student)
                                || isParentOf(caller, student)
                                || isThemself(caller, student)));
        return allow(allowed, student);
    }

    public Lesson checkLesson(Long lessonId, Intent intent) {
        UserAccount caller = caller();
        Lesson lesson = find(Lesson.class, lessonId);
        if (!sameSchool(caller, lesson.getSchool())) {
            throw new AccessDeniedException(DENIED);
        }
        boolean teaches = callerHas(Role.SUBJECT_TEACHER)
                && ((isSame(caller.getStaffMember(), lesson.getTeacher())
                                && (intent == Intent.READ || !handedOver(caller, lesson)))
                        || replaces(caller, lesson)
                        || teachesSubject(caller, lesson, intent));
        boolean allowed = intent == Intent.WRITE
                ? teaches || callerHas(Role.ADMIN)
                : teaches
                        || isSchoolWide()
                        || isClassTeacherOf(caller, lesson.getSchoolClass())
                        || childAttends(caller, lesson);
        return allow(allowed, lesson);
    }

    /**
     * The rule of {@link #checkLesson(Long, Intent) checkLesson(lessonId, WRITE)}, decided over facts the
     * caller's service has already read (no statement of its own): the lesson's subject teacher, or a
     * subject teacher with an assignment of the lesson's class and subject (and subgroup, for a
     * subgroup's lesson) that holds on the lesson's day, or an administrator, of the lesson's school.
     * The lesson's own teacher loses it once an assignment of theirs for that class and subject has
     * ended: a replaced teacher no longer writes, while their lessons and marks stay.
     */
    public Lesson checkLessonWrite(Lesson lesson, CallerFacts caller) {
        if (caller == null || !caller.enabled()) {
            throw new AccessDeniedException(NO_ACCOUNT);
        }
        if (lesson == null || !Objects.equals(lesson.getSchool().getId(), caller.schoolId())) {
            throw new AccessDeniedException(DENIED);
        }
        boolean teaches = callerHas(Role.SUBJECT_TEACHER)
                && caller.staffMemberId() != null
                && ((caller.staffMemberId().equals(lesson.getTeacher().getId()) && !caller.handedOver())
                        || isReplacing(caller.staffMemberId(), lesson)
                        || caller.teachesClassSubject());
        return allow(teaches || callerHas(Role.ADMIN), lesson);
    }

    /**
     * A change of a lesson's day (cancel, move, restore): the administrator or the deputy director of its
     * school, or a subject teacher who is the lesson's own teacher or holds an assignment covering it
     * (not a teacher who only replaces it).
     */
    public Lesson checkLessonChange(Long lessonId) {
        UserAccount caller = caller();
        Lesson lesson = find(Lesson.class, lessonId);
        if (!sameSchool(caller, lesson.getSchool())) {
            throw new AccessDeniedException(DENIED);
        }
        boolean teaches = callerHas(Role.SUBJECT_TEACHER)
                && (isSame(caller.getStaffMember(), lesson.getTeacher())
                        || teachesSubject(caller, lesson, Intent.WRITE));
        return allow(isSchoolWide() || teaches, lesson);
    }

    /**
     * An extra lesson not yet stored: the caller must be a subject teacher of its school holding an
     * assignment of its class and subject (and of its subgroup, by {@link AssignmentConditions#coversGroup}).
     */
    public Lesson checkOwnNewLesson(Lesson lesson) {
        UserAccount caller = caller();
        if (!sameSchool(caller, lesson.getSchool())) {
            throw new AccessDeniedException(DENIED);
        }
        return allow(callerHas(Role.SUBJECT_TEACHER) && teachesSubject(caller, lesson, Intent.WRITE), lesson);
    }

    /**
     * The teaching assignment of a journal grid if the caller may read (or change) it: its subject
     * teacher (to change, only while the assignment has not ended: a replaced teacher no longer writes)
     * or the administrator; to read, also the deputy director, the class teacher of its class and a
     * teacher who replaces a lesson of it. Two statements: the assignment with its relations joined in,
     * and for a reader found nowhere else, whether they replace.
     */
    public TeachingAssignment checkAssignment(Long assignmentId, Intent intent, CallerIds caller) {
        TeachingAssignment a = assignmentId == null ? null : gradeBooks.assignment(assignmentId);
        if (a == null || !a.getSchool().getId().equals(caller.schoolId())) {
            throw new AccessDeniedException(NO_JOURNAL);
        }
        Long staff = caller.staffMemberId();
        boolean own = callerHas(Role.SUBJECT_TEACHER)
                && staff != null
                && staff.equals(a.getTeacher().getId());
        boolean ended = a.getEndDate() != null && a.getEndDate().isBefore(LocalDate.now());
        boolean allowed = intent == Intent.WRITE
                ? (own && !ended) || callerHas(Role.ADMIN)
                : own
                        || callerHas(Role.ADMIN)
                        || callerHas(Role.DEPUTY_DIRECTOR)
                        || (callerHas(Role.CLASS_TEACHER)
                                && staff != null
                                && a.getSchoolClass().getClassTeacher() != null
                                && staff.equals(
                                        a.getSchoolClass().getClassTeacher().getId()));
        if (!allowed && intent == Intent.READ && staff != null) {
            allowed = gradeBooks.replacesIn(a, staff);
        }
        if (!allowed) {
            throw new AccessDeniedException(NO_JOURNAL);
        }
        return a;
    }

    /** {@link #checkAssignment(Long, Intent, CallerIds)} for the signed-in caller. */
    public TeachingAssignment checkAssignment(Long assignmentId, Intent intent) {
        return checkAssignment(assignmentId, intent, callerIds());
    }

    /** The caller gives this one lesson instead of its teacher (замена). */
    private boolean replaces(UserAccount caller, Lesson lesson) {
        return caller.getStaffMember() != null
                && isReplacing(caller.getStaffMember().getId(), lesson);
    }

    private static boolean isReplacing(Long staffMemberId, Lesson lesson) {
        return lesson.getReplacementTeacher() != null
                && lesson.getReplacementTeacher().getId().equals(staffMemberId);
    }

    private boolean isStaff() {
        return callerHas(Role.ADMIN)
                || callerHas(Role.DEPUTY_DIRECTOR)
                || callerHas(Role.CLASS_TEACHER)
                || callerHas(Role.SUBJECT_TEACHER);
    }

    private boolean isSchoolWide() {
        return callerHas(Role.ADMIN) || callerHas(Role.DEPUTY_DIRECTOR);
    }

    private boolean isClassTeacherOf(UserAccount caller, SchoolClass schoolClass) {
        return callerHas(Role.CLASS_TEACHER)
                && schoolClass != null
                && isSame(caller.getStaffMember(), schoolClass.getClassTeacher());
    }

    private boolean teachesClass(UserAccount caller, SchoolClass schoolClass) {
        return callerHas(Role.SUBJECT_TEACHER)
                && caller.getStaffMember() != null
                && exists(em.createQuery("""
                select count(a) from TeachingAssignment a
                where a.teacher = :teacher and a.schoolClass = :schoolClass""", Long.class)
                        .setParameter("teacher", caller.getStaffMember())
                        .setParameter("schoolClass", schoolClass));
    }

    /** A subject teacher sees a student of a class they teach, if whole-class or in their subgroup. */
    private boolean teachesStudent(UserAccount caller, Student student) {
        if (!callerHas(Role.SUBJECT_TEACHER) || caller.getStaffMember() == null) {
            return false;
        }
        return exists(em.createQuery("""
                select count(a) from TeachingAssignment a
                where a.teacher = :teacher and a.schoolClass = :schoolClass and a.subgroup is null""", Long.class)
                        .setParameter("teacher", caller.getStaffMember())
                        .setParameter("schoolClass", student.getSchoolClass()))
                || exists(em.createQuery("""
                select count(a) from TeachingAssignment a join a.subgroup g join g.members m
                where a.teacher = :teacher and m = :student""", Long.class)
                        .setParameter("teacher", caller.getStaffMember())
                        .setParameter("student", student));
    }

    /**
     * An assignment of the lesson's class and subject, and of its subgroup when it has one; to write, one
     * that holds on the lesson's day ({@link AssignmentConditions#holdsOn()}).
     */
    private boolean teachesSubject(UserAccount caller, Lesson lesson, Intent intent) {
        String when = intent == Intent.WRITE ? " and " + AssignmentConditions.holdsOn() : "";
        TypedQuery<Long> query = assignmentsOf(caller, lesson, when);
        if (query != null && intent == Intent.WRITE) {
            query.setParameter("day", lesson.getLessonDate()).setParameter("today", LocalDate.now());
        }
        return query != null && exists(query);
    }

    /** Whether an assignment of the lesson's teacher for its class and subject has ended: they were replaced. */
    private boolean handedOver(UserAccount caller, Lesson lesson) {
        TypedQuery<Long> query = assignmentsOf(caller, lesson, " and " + AssignmentConditions.ended());
        return query != null && exists(query.setParameter("today", LocalDate.now()));
    }

    private TypedQuery<Long> assignmentsOf(UserAccount caller, Lesson lesson, String condition) {
        if (caller.getStaffMember() == null) {
            return null;
        }
        TypedQuery<Long> query = em.createQuery(
                        """
                select count(a) from TeachingAssignment a
                where a.teacher = :teacher and a.schoolClass = :schoolClass and a.subject = :subject and %s""".formatted(AssignmentConditions.coversGroup(lesson)) + condition, Long.class)
                .setParameter("teacher", caller.getStaffMember())
                .setParameter("schoolClass", lesson.getSchoolClass())
                .setParameter("subject", lesson.getSubject());
        if (lesson.getSubgroup() != null) {
            query.setParameter("subgroupId", lesson.getSubgroup().getId());
        }
        return query;
    }

    /**
     * The staff member of the caller's school, for the administrator who manages staff, their
     * credentials and their teaching assignments; anyone else, or another school's member, is refused.
     */
    public StaffMember checkStaffMember(Long staffMemberId) {
        UserAccount caller = caller();
        StaffMember member = find(StaffMember.class, staffMemberId);
        return allow(sameSchool(caller, member.getSchool()) && callerHas(Role.ADMIN), member);
    }

    private boolean isParentOf(UserAccount caller, Student student) {
        return callerHas(Role.PARENT)
                && caller.getParent() != null
                && exists(em.createQuery(
                                "select count(sp) from StudentParent sp where sp.parent = :parent and sp.student = :student",
                                Long.class)
                        .setParameter("parent", caller.getParent())
                        .setParameter("student", student));
    }

    private boolean isThemself(UserAccount caller, Student student) {
        return callerHas(Role.STUDENT) && isSame(caller.getStudent(), student);
    }

    /** A parent or student reads the lessons of the child's class (and of the child's subgroups). */
    private boolean childAttends(UserAccount caller, Lesson lesson) {
        if (callerHas(Role.STUDENT) && caller.getStudent() != null) {
            return attends(caller.getStudent(), lesson);
        }
        if (callerHas(Role.PARENT) && caller.getParent() != null) {
            return em.createQuery("select sp.student from StudentParent sp where sp.parent = :parent", Student.class)
                    .setParameter("parent", caller.getParent())
                    .getResultStream()
                    .anyMatch(child -> attends(child, lesson));
        }
        return false;
    }

    private boolean attends(Student student, Lesson lesson) {
        if (!isSame(student.getSchoolClass(), lesson.getSchoolClass())) {
            return false;
        }
        return lesson.getSubgroup() == null || lesson.getSubgroup().getMembers().contains(student);
    }

    private static boolean exists(TypedQuery<Long> countQuery) {
        return countQuery.getSingleResult() > 0;
    }

    private static boolean sameSchool(UserAccount caller, School school) {
        return school != null && isSame(caller.getSchool(), school);
    }

    private static boolean isSame(Object a, Object b) {
        return a != null && b != null && Objects.equals(a, b);
    }

    private <T> T find(Class<T> type, Long id) {
        T entity = id == null ? null : em.find(type, id);
        if (entity == null) {
            throw new AccessDeniedException(DENIED);
        }
        return entity;
    }

    private static <T> T allow(boolean allowed, T record) {
        if (!allowed) {
            throw new AccessDeniedException(DENIED);
        }
        return record;
    }
}
