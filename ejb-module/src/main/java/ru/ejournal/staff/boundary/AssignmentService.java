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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.school.entity.AcademicYear;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.Subgroup;
import ru.ejournal.school.entity.Subject;
import ru.ejournal.school.entity.TeachingAssignment;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.control.AssignmentConditions;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.staff.boundary.AssignmentOptions.Option;
import ru.ejournal.staff.control.StaffAccounts;
import ru.ejournal.staff.entity.StaffMember;

/**
 * Teaching assignments (нагрузка) of the administrator's school: create one with its dates, end one on
 * a date, hand one over to a replacement teacher from a date (the earlier one ends the day before), list
 * them per class or teacher. Lessons and marks belong to lessons, not to assignments, so nothing of the
 * earlier teacher's is changed: the grid shows it to the new teacher, who writes from the start date
 * (the rule is {@link AssignmentConditions#holdsOn()}).
 */
@Stateless
@RolesAllowed(ADMIN)
public class AssignmentService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    ChangeHistory history;

    @Inject
    StaffAccounts staffAccounts;

    public long count(Long classId, Long teacherId) {
        return query("select count(a)", classId, teacherId, Long.class).getSingleResult();
    }

    /** A page of the school's assignments of the current year, of a class and/or a teacher when given. */
    public List<AssignmentRow> page(int first, int pageSize, Long classId, Long teacherId) {
        LocalDate today = LocalDate.now();
        return query("select a", classId, teacherId, TeachingAssignment.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, pageSize), 200))
                .getResultStream()
                .map(a -> row(a, today))
                .toList();
    }

    public AssignmentOptions options() {
        Long schoolId =
                access.checkSchool(access.callerSchool().getId(), Intent.WRITE).getId();
        List<Option> teachers = em.createNamedQuery("StaffMember.findBySchool", StaffMember.class)
                .setParameter("schoolId", schoolId)
                .getResultStream()
                .map(s -> new Option(s.getId(), s.fullName(), null, null))
                .toList();
        List<Option> classes = em.createQuery("""
                        select c from SchoolClass c where c.school.id = :schoolId and c.academicYear.current = true
                        order by c.grade, c.letter""", SchoolClass.class)
                .setParameter("schoolId", schoolId)
                .getResultStream()
                .map(c -> new Option(c.getId(), c.getName(), null, null))
                .toList();
        List<Option> subjects = em.createQuery(
                        "select s from Subject s where s.school.id = :schoolId order by s.name", Subject.class)
                .setParameter("schoolId", schoolId)
                .getResultStream()
                .map(s -> new Option(s.getId(), s.getName(), null, null))
                .toList();
        List<Option> subgroups = em.createQuery("""
                        select g from Subgroup g where g.school.id = :schoolId and g.schoolClass.academicYear.current = true
                        order by g.schoolClass.grade, g.schoolClass.letter, g.name""", Subgroup.class)
                .setParameter("schoolId", schoolId)
                .getResultStream()
                .map(g -> new Option(
                        g.getId(),
                        g.getSchoolClass().getName() + " — " + g.getName(),
                        g.getSchoolClass().getId(),
                        g.getSubject().getId()))
                .toList();
        return new AssignmentOptions(teachers, classes, subjects, subgroups);
    }

    /** A new assignment in the class's year; its teacher must be a subject teacher of the school. */
    public AssignmentRow create(@NotNull(message = "{staff.data.required}") @Valid AssignmentData data) {
        StaffMember teacher = access.checkStaffMember(data.teacherId());
        School school = teacher.getSchool();
        SchoolClass schoolClass = ofSchool(em.find(SchoolClass.class, data.classId()), school);
        Subject subject = ofSchool(em.find(Subject.class, data.subjectId()), school);
        Subgroup subgroup = null;
        if (data.subgroupId() != null) {
            subgroup = ofSchool(em.find(Subgroup.class, data.subgroupId()), school);
            if (!subgroup.getSchoolClass().equals(schoolClass)
                    || !subgroup.getSubject().equals(subject)) {
                throw new BusinessException("staff.assignment.subgroupMismatch");
            }
        }
        UserAccount account = staffAccounts.accountOf(teacher);
        if (account == null || !account.hasRole(Role.SUBJECT_TEACHER)) {
            throw new BusinessException("staff.assignment.notSubjectTeacher", teacher.shortName());
        }
        checkDates(schoolClass.getAcademicYear(), data.startDate(), data.endDate());
        checkNoOverlap(teacher, schoolClass, subject, subgroup, data.startDate(), data.endDate());
        TeachingAssignment a = new TeachingAssignment(teacher, schoolClass, subgroup, subject);
        a.setStartDate(data.startDate());
        a.setEndDate(data.endDate());
        em.persist(a);
        history.record(a, Map.of(), access.caller().getLogin(), Texts.text("staff.history.assigned"));
        return row(a, LocalDate.now());
    }

    /** Ends the assignment on the day: its teacher writes no lesson after it and nothing once it has passed. */
    public AssignmentRow end(
            @NotNull(message = "{staff.assignment.required}") Long assignmentId,
            @NotNull(message = "{staff.assignment.endRequired}") LocalDate endDate) {
        TeachingAssignment a = assignment(assignmentId);
        if (a.getStartDate() != null && endDate.isBefore(a.getStartDate())) {
            throw new BusinessException("staff.assignment.endBeforeStart", DAY.format(a.getStartDate()));
        }
        checkDates(a.getAcademicYear(), a.getStartDate(), endDate);
        Map<String, String> before = a.auditSnapshot();
        a.setEndDate(endDate);
        history.record(a, before, access.caller().getLogin(), Texts.text("staff.history.ended"));
        return row(a, LocalDate.now());
    }

    /**
     * A replacement: the assignment ends the day before {@code from}, and the new teacher gets the same
     * class, subject and subgroup from {@code from} to the old end. The lessons and marks so far stay.
     */
    public AssignmentRow replace(
            @NotNull(message = "{staff.assignment.required}") Long assignmentId,
            @NotNull(message = "{staff.assignment.teacherRequired}") Long newTeacherId,
            @NotNull(message = "{staff.assignment.fromRequired}") LocalDate from) {
        TeachingAssignment old = assignment(assignmentId);
        if (old.getTeacher().getId().equals(newTeacherId)) {
            throw new BusinessException("staff.assignment.sameTeacher");
        }
        if (old.getStartDate() != null && !from.isAfter(old.getStartDate())) {
            throw new BusinessException("staff.assignment.replaceAfterStart", DAY.format(old.getStartDate()));
        }
        if (old.getEndDate() != null && from.isAfter(old.getEndDate())) {
            throw new BusinessException("staff.assignment.over", DAY.format(old.getEndDate()));
        }
        LocalDate oldEnd = old.getEndDate();
        end(assignmentId, from.minusDays(1));
        return create(new AssignmentData(
                newTeacherId,
                old.getSchoolClass().getId(),
                old.getSubject().getId(),
                old.getSubgroup() == null ? null : old.getSubgroup().getId(),
                from,
                oldEnd));
    }

    /**
     * The change history of the assignment, newest first: who created, ended, handed it over (also from
     * the class teacher's subgroups screen), with names instead of ids.
     */
    public List<AssignmentChange> history(@NotNull(message = "{staff.assignment.required}") Long assignmentId) {
        return history(assignmentId, Texts.RUSSIAN);
    }

    /** The same, the fields named in {@code locale}. */
    public List<AssignmentChange> history(
            @NotNull(message = "{staff.assignment.required}") Long assignmentId, Locale locale) {
        TeachingAssignment a = assignment(assignmentId);
        return history.of(a.auditType(), a.getId()).stream()
                .map(c -> new AssignmentChange(
                        c.getChangedAt(),
                        c.getChangedBy(),
                        FIELDS.containsKey(c.getField()) ? Texts.text(locale, FIELDS.get(c.getField())) : c.getField(),
                        readable(c.getField(), c.getOldValue()),
                        readable(c.getField(), c.getNewValue()),
                        c.getReason()))
                .toList();
    }

    /** The keys of the titles of an assignment's fields. */
    private static final Map<String, String> FIELDS = Map.of(
            "teacher", "staff.field.teacher",
            "schoolClass", "staff.field.class",
            "subgroup", "staff.field.subgroup",
            "subject", "staff.field.subject",
            "startDate", "staff.field.from",
            "endDate", "staff.field.to");

    private String readable(String field, String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        try {
            Long id = Long.valueOf(value);
            return switch (field) {
                case "teacher" -> name(em.find(StaffMember.class, id), StaffMember::fullName, value);
                case "schoolClass" -> name(em.find(SchoolClass.class, id), SchoolClass::getName, value);
                case "subgroup" -> name(em.find(Subgroup.class, id), Subgroup::getName, value);
                case "subject" -> name(em.find(Subject.class, id), Subject::getName, value);
                default -> value;
            };
        } catch (NumberFormatException e) {
            return value;
        }
    }

    private static <T> String name(T record, java.util.function.Function<T, String> name, String id) {
        return record == null ? id : name.apply(record);
    }

    private TeachingAssignment assignment(Long id) {
        TeachingAssignment a = em.find(TeachingAssignment.class, id);
        if (a == null) {
            throw new AccessDeniedException("common.noAccess");
        }
        access.checkSchool(a.getSchool().getId(), Intent.WRITE);
        return a;
    }

    private static void checkDates(AcademicYear year, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new BusinessException("staff.assignment.lastBeforeFirst");
        }
        for (LocalDate day : new LocalDate[] {start, end}) {
            if (day != null && !year.contains(day)) {
                throw new BusinessException(
                        "staff.assignment.insideYear",
                        year.getName(),
                        DAY.format(year.getStartDate()),
                        DAY.format(year.getEndDate()));
            }
        }
    }

    private void checkNoOverlap(
            StaffMember teacher,
            SchoolClass schoolClass,
            Subject subject,
            Subgroup subgroup,
            LocalDate start,
            LocalDate end) {
        boolean overlaps = em.createQuery("""
                        select a from TeachingAssignment a where a.teacher = :teacher and a.schoolClass = :c
                        and a.subject = :s""", TeachingAssignment.class)
                .setParameter("teacher", teacher)
                .setParameter("c", schoolClass)
                .setParameter("s", subject)
                .getResultStream()
                .filter(a -> Objects.equals(a.getSubgroup(), subgroup))
                .anyMatch(a -> (a.getStartDate() == null || end == null || !end.isBefore(a.getStartDate()))
                        && (a.getEndDate() == null || start == null || !start.isAfter(a.getEndDate())));
        if (overlaps) {
            throw new BusinessException("staff.assignment.overlap");
        }
    }

    private static <T extends ru.ejournal.common.entity.SchoolOwned> T ofSchool(T record, School school) {
        if (record == null || !record.getSchool().equals(school)) {
            throw new AccessDeniedException("common.noAccess");
        }
        return record;
    }

    private <T> TypedQuery<T> query(String select, Long classId, Long teacherId, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select)
                .append(" from TeachingAssignment a where a.school.id = :schoolId and a.academicYear.current = true");
        if (classId != null) {
            jpql.append(" and a.schoolClass.id = :classId");
        }
        if (teacherId != null) {
            jpql.append(" and a.teacher.id = :teacherId");
        }
        if (!select.contains("count")) {
            jpql.append(" order by a.schoolClass.grade, a.schoolClass.letter, a.subject.name, a.startDate, a.id");
        }
        TypedQuery<T> query = em.createQuery(jpql.toString(), type)
                .setParameter(
                        "schoolId",
                        access.checkSchool(access.callerSchool().getId(), Intent.WRITE)
                                .getId());
        if (classId != null) {
            query.setParameter("classId", classId);
        }
        if (teacherId != null) {
            query.setParameter("teacherId", teacherId);
        }
        return query;
    }

    private static AssignmentRow row(TeachingAssignment a, LocalDate today) {
        return new AssignmentRow(
                a.getId(),
                a.getTeacher().getId(),
                a.getTeacher().fullName(),
                a.getSchoolClass().getId(),
                a.getSchoolClass().getName(),
                a.getSubject().getName(),
                a.getSubgroup() == null ? null : a.getSubgroup().getName(),
                a.getStartDate(),
                a.getEndDate(),
                a.holdsOn(today));
    }
}
