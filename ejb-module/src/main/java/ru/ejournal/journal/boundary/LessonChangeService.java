package ru.ejournal.journal.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;
import static ru.ejournal.security.control.RoleNames.SUBJECT_TEACHER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.common.entity.PersonName;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.journal.control.LessonChanges;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.TeachingAssignment;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.staff.entity.StaffMember;

/**
 * Changes to a single day of the journal (issue 10 §2): a replacement (замена) set by the
 * administrator or the deputy director; a cancellation with a reason, its undoing and a move to another
 * day or lesson number, by them or by the lesson's own teacher (a teacher holding the lesson's class and
 * subject, not one who only replaces it); an extra lesson added by a teacher in a class and subject
 * (and subgroup) they teach. The rules are in {@link LessonChanges}; each change is in the history.
 */
@Stateless
public class LessonChangeService {

    private static final String DENIED = "journal.lesson.noAccess";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    LessonChanges changes;

    /** Cancels a lesson with a reason; a lesson with marks or absences is refused with their count. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, SUBJECT_TEACHER})
    public void cancel(
            @NotNull(message = "{journal.lesson.required}") Long lessonId,
            @Size(max = 500, message = "{journal.reason.size}") String reason) {
        changes.cancel(access.checkLessonChange(lessonId), reason, login());
    }

    /** Undoes a cancellation. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, SUBJECT_TEACHER})
    public void restore(
            @NotNull(message = "{journal.lesson.required}") Long lessonId,
            @Size(max = 500, message = "{journal.reason.size}") String reason) {
        changes.restore(access.checkLessonChange(lessonId), reason, login());
    }

    /** Moves a lesson to another day and/or lesson number. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, SUBJECT_TEACHER})
    public void move(
            @NotNull(message = "{journal.lesson.required}") Long lessonId,
            @NotNull(message = "{journal.lesson.newDate.required}") LocalDate day,
            int periodNo,
            @Size(max = 500, message = "{journal.reason.size}") String reason) {
        changes.move(access.checkLessonChange(lessonId), day, periodNo, reason, login());
    }

    /** Sets the teacher who replaces the lesson's teacher for it; {@code teacherId} null removes it. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR})
    public void replace(
            @NotNull(message = "{journal.lesson.required}") Long lessonId,
            Long teacherId,
            @Size(max = 500, message = "{journal.reason.size}") String reason) {
        Lesson lesson = access.checkLessonChange(lessonId);
        StaffMember teacher = null;
        if (teacherId != null) {
            teacher = em.find(StaffMember.class, teacherId);
            if (teacher == null) {
                throw new BusinessException("journal.teacher.notFound");
            }
        }
        changes.replace(lesson, teacher, reason, login());
    }

    /**
     * An extra lesson of one of the caller's own teaching assignments (its class, subgroup and subject),
     * given by the caller; a teacher without an assignment of that class and subject is refused.
     */
    @RolesAllowed(SUBJECT_TEACHER)
    public long addExtra(
            @NotNull(message = "{journal.assignment.select}") Long assignmentId,
            @NotNull(message = "{journal.lesson.date.required}") LocalDate day,
            int periodNo,
            @Size(max = 500, message = "{journal.topic.size}") String topic) {
        UserAccount caller = access.caller();
        TeachingAssignment a = em.find(TeachingAssignment.class, assignmentId);
        if (a == null || caller.getStaffMember() == null || !a.getSchool().equals(caller.getSchool())) {
            throw new AccessDeniedException(DENIED);
        }
        Lesson lesson =
                new Lesson(a.getSchoolClass(), a.getSubgroup(), a.getSubject(), caller.getStaffMember(), day, periodNo);
        access.checkOwnNewLesson(lesson);
        if (topic != null && !topic.isBlank()) {
            lesson.setTopic(topic.strip());
        }
        return changes.addExtra(lesson, null, caller.getLogin()).getId();
    }

    /** The lessons of a class on a day, cancelled ones too, for «Изменения в расписании». */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR})
    public List<LessonLine> day(
            @NotNull(message = "{school.class.select}") Long classId,
            @NotNull(message = "{journal.day.required}") LocalDate day) {
        SchoolClass schoolClass = access.checkClass(classId, Intent.READ);
        return em.createQuery("""
                        select l.id, l.lessonDate, l.periodNo, s.name, g.name, t.lastName, t.firstName, t.patronymic,
                               r.lastName, r.firstName, r.patronymic, l.cancelled, l.cancelReason, l.topic
                        from Lesson l join l.subject s join l.teacher t left join l.subgroup g
                          left join l.replacementTeacher r
                        where l.schoolClass = :schoolClass and l.lessonDate = :day
                        order by l.periodNo, s.name, g.name""", Object[].class)
                .setParameter("schoolClass", schoolClass)
                .setParameter("day", day)
                .getResultStream()
                .map(r -> new LessonLine(
                        (Long) r[0],
                        (LocalDate) r[1],
                        (Integer) r[2],
                        (String) r[3],
                        (String) r[4],
                        PersonName.initials((String) r[5], (String) r[6], (String) r[7]),
                        r[8] == null ? null : PersonName.initials((String) r[8], (String) r[9], (String) r[10]),
                        (Boolean) r[11],
                        (String) r[12],
                        (String) r[13]))
                .toList();
    }

    /** The lessons the caller replaces from two weeks ago on, each with the grid that holds it. */
    @RolesAllowed(SUBJECT_TEACHER)
    public List<ReplacementLine> myReplacements() {
        Long staff = access.callerIds().staffMemberId();
        if (staff == null) {
            return List.of();
        }
        return em.createQuery("""
                        select l.id, l.lessonDate, l.periodNo, c.grade, c.letter, s.name, t.lastName, t.firstName,
                               t.patronymic, c.id, s.id, t.id, g.id,
                               (select min(p.id) from StudyPeriod p where p.academicYear = c.academicYear
                                  and p.startDate <= l.lessonDate and p.endDate >= l.lessonDate
                                  and p.kind <> ru.ejournal.school.entity.StudyPeriodKind.YEAR)
                        from Lesson l join l.schoolClass c join l.subject s join l.teacher t left join l.subgroup g
                        where l.replacementTeacher.id = :staff and l.lessonDate >= :since and l.cancelled = false
                        order by l.lessonDate, l.periodNo""", Object[].class)
                .setParameter("staff", staff)
                .setParameter("since", LocalDate.now().minusDays(14))
                .getResultStream()
                .map(r -> new ReplacementLine(
                        (Long) r[0],
                        (LocalDate) r[1],
                        (Integer) r[2],
                        r[3] + "" + r[4],
                        (String) r[5],
                        PersonName.initials((String) r[6], (String) r[7], (String) r[8]),
                        gridOf((Long) r[9], (Long) r[10], (Long) r[11], (Long) r[12]),
                        (Long) r[13]))
                .toList();
    }

    /** The assignment whose grid holds a lesson: the regular teacher's, else any of its class, subject, group. */
    private Long gridOf(Long classId, Long subjectId, Long teacherId, Long subgroupId) {
        String group = subgroupId == null ? " and a.subgroup is null" : " and a.subgroup.id = :subgroupId";
        for (boolean own : new boolean[] {true, false}) {
            TypedQuery<Long> query = em.createQuery(
                            "select a.id from TeachingAssignment a where a.schoolClass.id = :classId"
                                    + " and a.subject.id = :subjectId" + group
                                    + (own ? " and a.teacher.id = :teacherId" : "") + " order by a.id",
                            Long.class)
                    .setParameter("classId", classId)
                    .setParameter("subjectId", subjectId)
                    .setMaxResults(1);
            if (subgroupId != null) {
                query.setParameter("subgroupId", subgroupId);
            }
            if (own) {
                query.setParameter("teacherId", teacherId);
            }
            List<Long> found = query.getResultList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        return null;
    }

    /** The classes of the caller's school in its current year. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR})
    public List<LessonChoice> classes() {
        return em.createQuery("""
                        select c.id, c.grade, c.letter from SchoolClass c
                        where c.school.id = :schoolId and c.academicYear.current = true
                        order by c.grade, c.letter""", Object[].class)
                .setParameter("schoolId", access.callerIds().schoolId())
                .getResultStream()
                .map(r -> new LessonChoice((Long) r[0], r[1] + "" + r[2]))
                .toList();
    }

    /** The staff of the caller's school, for the replacing teacher. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR})
    public List<LessonChoice> teachers() {
        return em.createQuery("""
                        select m.id, m.lastName, m.firstName, m.patronymic from StaffMember m
                        where m.school.id = :schoolId order by m.lastName, m.firstName, m.patronymic""", Object[].class)
                .setParameter("schoolId", access.callerIds().schoolId())
                .getResultStream()
                .map(r -> new LessonChoice((Long) r[0], PersonName.full((String) r[1], (String) r[2], (String) r[3])))
                .toList();
    }

    /** Every change of the lesson (cancel, restore, move, replacement, creation, its details), newest first. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, SUBJECT_TEACHER, ru.ejournal.security.control.RoleNames.CLASS_TEACHER})
    public List<LessonChangeLine> history(@NotNull(message = "{journal.lesson.required}") Long lessonId) {
        return history(lessonId, Texts.RUSSIAN);
    }

    /** {@link #history(Long)} with what changed and the yes/no values in {@code locale}. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, SUBJECT_TEACHER, ru.ejournal.security.control.RoleNames.CLASS_TEACHER})
    public List<LessonChangeLine> history(
            @NotNull(message = "{journal.lesson.required}") Long lessonId, Locale locale) {
        Lesson lesson = access.checkLesson(lessonId, Intent.READ);
        List<ChangeRecord> records = em.createQuery("""
                        select c from ChangeRecord c where c.school = :school and c.entityType = :type
                        and c.entityId = :id order by c.changedAt desc, c.id desc""", ChangeRecord.class)
                .setParameter("school", lesson.getSchool())
                .setParameter("type", LessonChanges.ENTITY)
                .setParameter("id", lesson.getId())
                .getResultList();
        Map<String, String> names = new HashMap<>();
        return records.stream()
                .map(c -> new LessonChangeLine(
                        what(c.getField(), locale),
                        value(c.getField(), c.getOldValue(), names, locale),
                        value(c.getField(), c.getNewValue(), names, locale),
                        c.getChangedBy(),
                        c.getChangedAt(),
                        c.getReason()))
                .toList();
    }

    private static String what(String field, Locale locale) {
        return switch (field) {
            case "cancelled",
                    "lessonDate",
                    "periodNo",
                    "replacementTeacher",
                    "created",
                    "topic",
                    "homework",
                    "workType",
                    "attendanceTaken" -> Texts.text(locale, "journal.lessonChange.field." + field);
            default -> field;
        };
    }

    private String value(String field, String value, Map<String, String> names, Locale locale) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case "cancelled", "attendanceTaken" ->
                Texts.text(locale, "journal.lessonChange." + field + "." + "true".equals(value));
            case "replacementTeacher" ->
                names.computeIfAbsent(value, id -> {
                    StaffMember m = em.find(StaffMember.class, Long.valueOf(id));
                    return m == null ? id : m.shortName();
                });
            default -> value;
        };
    }

    private String login() {
        return access.caller().getLogin();
    }
}
