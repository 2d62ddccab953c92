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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.Subgroup;
import ru.ejournal.school.entity.Subject;
import ru.ejournal.school.entity.TeachingAssignment;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.Role;
import ru.ejournal.staff.entity.StaffMember;
import ru.ejournal.student.entity.Student;

/**
 * Подгруппы (D4): the class teacher splits the class for a subject into subgroups, each with its
 * teacher. A student is in at most one subgroup of a subject. Moving a student later is written to
 * the student's change history; lessons and marks already given stay where they are.
 */
@Stateless
@RolesAllowed({ADMIN, CLASS_TEACHER})
public class SubgroupService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

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

    /** The subject teachers of the school. */
    public List<Option> teachers() {
        return em.createQuery("""
                        select distinct a.staffMember from UserAccount a join a.roles r
                        where a.school = :school and r = :role and a.staffMember is not null""", StaffMember.class)
                .setParameter("school", access.callerSchool())
                .setParameter("role", Role.SUBJECT_TEACHER)
                .getResultStream()
                .sorted((x, y) -> x.fullName().compareTo(y.fullName()))
                .map(s -> new Option(s.getId(), s.fullName()))
                .toList();
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
            @NotEmpty(message = "Нужна хотя бы одна подгруппа") List<@Valid SubgroupPlan> plans) {
        SchoolClass schoolClass = access.checkClass(classId, Intent.WRITE);
        Subject subject = em.find(Subject.class, subjectId);
        if (subject == null || !subject.getSchool().equals(schoolClass.getSchool())) {
            throw new AccessDeniedException("Нет доступа к этим данным");
        }
        List<Subgroup> existing = existing(classId, subjectId);
        Set<Long> planned =
                plans.stream().map(SubgroupPlan::id).filter(Objects::nonNull).collect(Collectors.toSet());
        if (!planned.equals(existing.stream().map(Subgroup::getId).collect(Collectors.toSet()))) {
            throw new BusinessException("Подгруппы изменились на другом экране; обновите страницу");
        }
        Map<Long, Student> roster = em.createNamedQuery("Student.findStudyingByClass", Student.class)
                .setParameter("schoolClassId", classId)
                .getResultStream()
                .collect(Collectors.toMap(Student::getId, s -> s));
        Set<Long> seen = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (SubgroupPlan plan : plans) {
            if (!names.add(plan.name().trim().toLowerCase())) {
                throw new BusinessException(
                        "Две подгруппы называются одинаково: «" + plan.name().trim() + "»");
            }
            for (Long id : plan.memberIds()) {
                if (!roster.containsKey(id)) {
                    throw new BusinessException("В подгруппу можно включить только учащихся этого класса");
                }
                if (!seen.add(id)) {
                    throw new BusinessException("Ученик " + roster.get(id).fullName()
                            + " указан в двух подгруппах; ученик может быть только в одной подгруппе по предмету");
                }
            }
        }
        Map<Long, String> before = groupOfStudent(existing);
        Map<Long, Subgroup> byId = existing.stream().collect(Collectors.toMap(Subgroup::getId, g -> g));
        Map<Long, String> after = new HashMap<>();
        int next = existing.size() + 1;
        for (SubgroupPlan plan : plans) {
            StaffMember teacher = em.find(StaffMember.class, plan.teacherId());
            if (teacher == null || !teacher.getSchool().equals(schoolClass.getSchool())) {
                throw new BusinessException("Учитель подгруппы не найден в школе");
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
            assign(schoolClass, subject, group, teacher);
            for (Long id : plan.memberIds()) {
                after.put(id, group.getName());
            }
        }
        removeWholeClassAssignments(schoolClass, subject);
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
                change.setReason("Подгруппа по предмету «" + subject.getName() + "»");
                em.persist(change);
                moved++;
            }
        }
        return moved;
    }

    private void assign(SchoolClass schoolClass, Subject subject, Subgroup group, StaffMember teacher) {
        List<TeachingAssignment> assignments = em.createQuery(
                        "select a from TeachingAssignment a where a.subgroup = :g", TeachingAssignment.class)
                .setParameter("g", group)
                .getResultList();
        if (assignments.isEmpty()) {
            em.persist(new TeachingAssignment(teacher, schoolClass, group, subject));
        } else {
            assignments.forEach(a -> a.setTeacher(teacher));
        }
    }

    /** Once a subject is split, it is taught per subgroup: a whole-class assignment would show everyone. */
    private void removeWholeClassAssignments(SchoolClass schoolClass, Subject subject) {
        em.createQuery("""
                        select a from TeachingAssignment a
                        where a.schoolClass = :c and a.subject = :s and a.subgroup is null""", TeachingAssignment.class)
                .setParameter("c", schoolClass)
                .setParameter("s", subject)
                .getResultList()
                .forEach(em::remove);
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
