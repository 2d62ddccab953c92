package ru.ejournal.classteacher.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.Subgroup;
import ru.ejournal.school.entity.Subject;
import ru.ejournal.school.entity.TeachingAssignment;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.staff.entity.StaffMember;
import ru.ejournal.student.entity.Student;

/**
 * Подгруппы (D4): the class teacher splits the class for a subject into subgroups, each with its
 * teacher. A student is in at most one subgroup of a subject. Moving a student later is written to
 * the student's change history; lessons and marks already given stay where they are. A subgroup's
 * teacher is one who already holds a current assignment of the class and subject
 * ({@link #teachers(Long, Long)}): who teaches what is the school administrator's to decide
 * (AssignmentService); every assignment this screen creates, hands over or removes is in the change
 * history.
 */
@Stateless
@RolesAllowed({ADMIN, CLASS_TEACHER})
public class SubgroupService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    ChangeHistory history;

    /** The subjects taught in the class. */
    public List<Option> subjects(@NotNull Long classId) {
        SchoolClass c = access.checkClass(classId, Intent.WRITE);
        return em.createQuery("""
                        select distinct a.subject from TeachingAssignment a where a.schoolClass = :c""", Subject.class)
                .setParameter("c", c)
                .getResultStream()
                .sorted((x, y) -> x.getName().compareTo(y.getName()))
                .map(s -> new Option(s.getId(), s.getName()))
                .toList();
    }

    /**
     * The teachers who may be named a subgroup's teacher for the class and subject: those with a
     * teaching assignment of that class and subject (whole class or a subgroup) that holds today.
     * Anyone else (the class teacher themself included) gets an assignment from the school
     * administrator on the assignments screen, not here.
     */
    public List<Option> teachers(@NotNull Long classId, @NotNull Long subjectId) {
        SchoolClass c = access.checkClass(classId, Intent.WRITE);
        return holders(c, subjectId).stream()
                .sorted((x, y) -> x.fullName().compareTo(y.fullName()))
                .map(s -> new Option(s.getId(), s.fullName()))
                .toList();
    }

    private List<StaffMember> holders(SchoolClass schoolClass, Long subjectId) {
        return em.createQuery("""
                        select distinct a.teacher from TeachingAssignment a
                        where a.schoolClass = :c and a.subject.id = :subjectId
                        and (a.startDate is null or a.startDate <= :today)
                        and (a.endDate is null or a.endDate >= :today)""", StaffMember.class)
                .setParameter("c", schoolClass)
                .setParameter("subjectId", subjectId)
                .setParameter("today", LocalDate.now())
                .getResultList();
    }

    /** The students who study in the class now, by name. */
    public List<Option> students(@NotNull Long classId) {
        access.checkClass(classId, Intent.WRITE);
        return em.createNamedQuery("Student.findStudyingByClass", Student.class)
                .setParameter("schoolClassId", classId)
                .getResultStream()
                .map(s -> new Option(s.getId(), s.fullName()))
                .toList();
    }

    public List<SubgroupPlan> subgroups(@NotNull Long classId, @NotNull Long subjectId) {
        access.checkClass(classId, Intent.WRITE);
        return existing(classId, subjectId).stream()
                .map(g -> new SubgroupPlan(
                        g.getId(),
                        g.getName(),
                        g.getTeacher() == null ? null : g.getTeacher().getId(),
                        g.getMembers().stream()
                                .filter(s -> !s.isDeparted())
                                .sorted((x, y) -> x.fullName().compareTo(y.fullName()))
                                .map(Student::getId)
                                .toList()))
                .toList();
    }

    /**
     * Saves the split of the class for the subject: every existing subgroup of the subject must be in
     * {@code plans}; new ones have no id. Returns the number of students whose subgroup changed.
     */
    public int save(
            @NotNull Long classId,
            @NotNull Long subjectId,
            @NotEmpty(message = "{classteacher.subgroups.required}") List<@Valid SubgroupPlan> plans) {
        SchoolClass schoolClass = access.checkClass(classId, Intent.WRITE);
        Subject subject = em.find(Subject.class, subjectId);
        if (subject == null || !subject.getSchool().equals(schoolClass.getSchool())) {
            throw new AccessDeniedException("common.noAccess");
        }
        List<Subgroup> existing = existing(classId, subjectId);
        Set<Long> planned =
                plans.stream().map(SubgroupPlan::id).filter(Objects::nonNull).collect(Collectors.toSet());
        if (!planned.equals(existing.stream().map(Subgroup::getId).collect(Collectors.toSet()))) {
            throw new BusinessException("classteacher.subgroups.changed");
        }
        Map<Long, Student> roster = em.createNamedQuery("Student.findStudyingByClass", Student.class)
                .setParameter("schoolClassId", classId)
                .getResultStream()
                .collect(Collectors.toMap(Student::getId, s -> s));
        String by = access.caller().getLogin();
        Set<Long> seen = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (SubgroupPlan plan : plans) {
            if (!names.add(plan.name().trim().toLowerCase())) {
                throw new BusinessException(
                        "classteacher.subgroup.sameName", plan.name().trim());
            }
            for (Long id : plan.memberIds()) {
                if (!roster.containsKey(id)) {
                    throw new BusinessException("classteacher.subgroup.notOfClass");
                }
                if (!seen.add(id)) {
                    throw new BusinessException(
                            "classteacher.subgroup.twice", roster.get(id).fullName());
                }
            }
        }
        Set<StaffMember> holders = new HashSet<>(holders(schoolClass, subjectId));
        Map<Long, String> before = groupOfStudent(existing);
        Map<Long, Subgroup> byId = existing.stream().collect(Collectors.toMap(Subgroup::getId, g -> g));
        Map<Long, String> after = new HashMap<>();
        int next = existing.size() + 1;
        for (SubgroupPlan plan : plans) {
            StaffMember teacher = em.find(StaffMember.class, plan.teacherId());
            if (teacher == null || !teacher.getSchool().equals(schoolClass.getSchool())) {
                throw new BusinessException("classteacher.subgroup.teacherNotFound");
            }
            if (!holders.contains(teacher)) {
                throw new AccessDeniedException(
                        "classteacher.subgroup.notAHolder", teacher.shortName(), subject.getName());
            }
            Subgroup group = plan.id() == null ? null : byId.get(plan.id());
            if (group == null) {
                group = new Subgroup(
                        schoolClass,
                        subject,
                        freeCode(classId, subject, next++),
                        plan.name().trim());
                em.persist(group);
            }
            group.setName(plan.name().trim());
            group.setTeacher(teacher);
            Set<Student> keep = new HashSet<>();
            group.getMembers().stream().filter(Student::isDeparted).forEach(keep::add);
            plan.memberIds().forEach(id -> keep.add(roster.get(id)));
            group.getMembers().clear();
            group.getMembers().addAll(keep);
            assign(schoolClass, subject, group, teacher, by);
            for (Long id : plan.memberIds()) {
                after.put(id, group.getName());
            }
        }
        removeWholeClassAssignments(schoolClass, subject, by);
        return recordMoves(schoolClass, subject, roster, before, after);
    }

    private int recordMoves(
            SchoolClass schoolClass,
            Subject subject,
            Map<Long, Student> roster,
            Map<Long, String> before,
            Map<Long, String> after) {
        Set<Long> students = new HashSet<>(before.keySet());
        students.addAll(after.keySet());
        String by = access.caller().getLogin();
        Instant now = Instant.now();
        int moved = 0;
        for (Long id : students) {
            String old = before.get(id);
            String now_ = after.get(id);
            if (!Objects.equals(old, now_) && roster.containsKey(id)) {
                ChangeRecord change = new ChangeRecord(
                        schoolClass.getSchool(), "Student", id, "subgroup:" + subject.getCode(), old, now_, by, now);
                change.setReason(Texts.text("classteacher.subgroup.moveReason", subject.getName()));
                em.persist(change);
                moved++;
            }
        }
        return moved;
    }

    /**
     * The subgroup's teaching assignment for the teacher: none to change when one of its current
     * assignments is the teacher's; a new one for a subgroup without a current one; otherwise the
     * current ones (not ended) are handed over, the ended ones stay with whom they were. Each change is
     * in the assignment's change history.
     */
    private void assign(SchoolClass schoolClass, Subject subject, Subgroup group, StaffMember teacher, String by) {
        LocalDate today = LocalDate.now();
        List<TeachingAssignment> current = em.createQuery(
                        "select a from TeachingAssignment a where a.subgroup = :g", TeachingAssignment.class)
                .setParameter("g", group)
                .getResultStream()
                .filter(a -> a.getEndDate() == null || !a.getEndDate().isBefore(today))
                .toList();
        if (current.stream().anyMatch(a -> a.getTeacher().equals(teacher))) {
            return;
        }
        if (current.isEmpty()) {
            TeachingAssignment a = new TeachingAssignment(teacher, schoolClass, group, subject);
            em.persist(a);
            history.record(a, Map.of(), by, Texts.text("classteacher.subgroup.assignedReason"));
            return;
        }
        for (TeachingAssignment a : current) {
            if (!a.getTeacher().equals(teacher)) {
                Map<String, String> before = a.auditSnapshot();
                a.setTeacher(teacher);
                history.record(a, before, by, Texts.text("classteacher.subgroup.teacherChangedReason"));
            }
        }
    }

    /**
     * Once a subject is split, it is taught per subgroup: a whole-class assignment would show everyone.
     * The removal is written to the assignment's history (its fields become empty).
     */
    private void removeWholeClassAssignments(SchoolClass schoolClass, Subject subject, String by) {
        em.createQuery("""
                        select a from TeachingAssignment a
                        where a.schoolClass = :c and a.subject = :s and a.subgroup is null""", TeachingAssignment.class)
                .setParameter("c", schoolClass)
                .setParameter("s", subject)
                .getResultList()
                .forEach(a -> {
                    Instant now = Instant.now();
                    a.auditSnapshot().forEach((field, value) -> {
                        if (value != null) {
                            ChangeRecord removed = new ChangeRecord(
                                    a.getSchool(), a.auditType(), a.getId(), field, value, null, by, now);
                            removed.setReason(Texts.text("classteacher.subgroup.wholeClassRemovedReason"));
                            em.persist(removed);
                        }
                    });
                    em.remove(a);
                });
    }

    private static Map<Long, String> groupOfStudent(List<Subgroup> groups) {
        Map<Long, String> map = new LinkedHashMap<>();
        for (Subgroup g : groups) {
            for (Student s : g.getMembers()) {
                map.put(s.getId(), g.getName());
            }
        }
        return map;
    }

    private String freeCode(Long classId, Subject subject, int start) {
        Set<String> codes =
                new HashSet<>(em.createQuery("select g.code from Subgroup g where g.schoolClass.id = :c", String.class)
                        .setParameter("c", classId)
                        .getResultList());
        for (int n = start; ; n++) {
            String code = subject.getCode() + "-" + n;
            if (!codes.contains(code)) {
                return code;
            }
        }
    }

    private List<Subgroup> existing(Long classId, Long subjectId) {
        return em.createNamedQuery("Subgroup.findByClassAndSubject", Subgroup.class)
                .setParameter("schoolClassId", classId)
                .setParameter("subjectId", subjectId)
                .getResultList();
    }
}
