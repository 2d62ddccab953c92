package ru.ejournal.attendance.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ru.ejournal.attendance.entity.Absence;
import ru.ejournal.attendance.entity.AbsenceCode;
import ru.ejournal.attendance.entity.AbsenceExcuse;
import ru.ejournal.attendance.entity.ExcuseReason;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.common.entity.PersonName;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.school.control.ClosedPeriods;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.student.entity.Student;

/**
 * The class teacher's attendance week (D8, the manual side): every lesson of the class in a week with
 * the absence codes, and the excuse records that turn «Н» into «Б» (illness) or «У» (other reason)
 * for the lessons they cover, each change with its history.
 */
@Stateless
public class AttendanceService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    ChangeHistory history;

    @Inject
    ClosedPeriods closedPeriods;

    /** The class of the signed-in class teacher in the current year, if any. */
    @RolesAllowed(CLASS_TEACHER)
    public Long myClass() {
        var caller = access.caller();
        if (caller.getStaffMember() == null) {
            return null;
        }
        return em.createQuery("""
                select c.id from SchoolClass c where c.classTeacher.id = :teacherId and c.academicYear.current = true
                order by c.grade, c.letter""", Long.class)
                .setParameter("teacherId", caller.getStaffMember().getId())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** The week (Monday to Sunday) that contains {@code day}. */
    @RolesAllowed({CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR})
    public AttendanceWeek week(
            @NotNull(message = "{attendance.class.required}") Long classId,
            @NotNull(message = "{attendance.week.required}") LocalDate day) {
        return week(classId, day, Texts.RUSSIAN);
    }

    /** The same, the excuses' reasons in {@code locale}. */
    @RolesAllowed({CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR})
    public AttendanceWeek week(
            @NotNull(message = "{attendance.class.required}") Long classId,
            @NotNull(message = "{attendance.week.required}") LocalDate day,
            Locale locale) {
        SchoolClass schoolClass = access.checkClass(classId, Intent.WRITE);
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        LocalDate sunday = monday.plusDays(6);

        List<Object[]> lessonRows = em.createQuery("""
                select l.id, l.lessonDate, l.periodNo, s.name, l.attendanceTaken, g.id from Lesson l
                join l.subject s left join l.subgroup g
                where l.schoolClass.id = :classId and l.lessonDate between :from and :to and l.cancelled = false
                order by l.lessonDate, l.periodNo, s.name""", Object[].class)
                .setParameter("classId", classId)
                .setParameter("from", monday)
                .setParameter("to", sunday)
                .getResultList();
        List<AttendanceWeek.Column> lessons = new ArrayList<>();
        Map<Long, Long> subgroupOfLesson = new HashMap<>();
        for (Object[] r : lessonRows) {
            lessons.add(new AttendanceWeek.Column(
                    (Long) r[0], (LocalDate) r[1], (Integer) r[2], (String) r[3], (Boolean) r[4]));
            if (r[5] != null) {
                subgroupOfLesson.put((Long) r[0], (Long) r[5]);
            }
        }
        Map<Long, Set<Long>> groupsOfStudent = new HashMap<>();
        em.createQuery("""
                select m.id, g.id from Subgroup g join g.members m where g.schoolClass.id = :classId""", Object[].class)
                .setParameter("classId", classId)
                .getResultStream()
                .forEach(r -> groupsOfStudent
                        .computeIfAbsent((Long) r[0], k -> new HashSet<>())
                        .add((Long) r[1]));
        Map<Long, Map<Long, String>> codes = new HashMap<>();
        em.createQuery("""
                select a.student.id, l.id, a.code from Absence a join a.lesson l
                where l.schoolClass.id = :classId and l.lessonDate between :from and :to""", Object[].class)
                .setParameter("classId", classId)
                .setParameter("from", monday)
                .setParameter("to", sunday)
                .getResultStream()
                .forEach(r -> codes.computeIfAbsent((Long) r[0], k -> new HashMap<>())
                        .put((Long) r[1], ((AbsenceCode) r[2]).label()));

        List<AttendanceWeek.Row> rows = new ArrayList<>();
        em.createQuery("""
                select s.id, s.lastName, s.firstName, s.patronymic from Student s
                where s.schoolClass.id = :classId
                  and (s.status = ru.ejournal.student.entity.StudentStatus.STUDYING or s.departedOn >= :from)
                order by s.lastName, s.firstName, s.patronymic""", Object[].class)
                .setParameter("classId", classId)
                .setParameter("from", monday)
                .getResultStream()
                .forEach(r -> {
                    Long id = (Long) r[0];
                    Set<Long> groups = groupsOfStudent.getOrDefault(id, Set.of());
                    Set<Long> notAttending = new HashSet<>();
                    subgroupOfLesson.forEach((lesson, group) -> {
                        if (!groups.contains(group)) {
                            notAttending.add(lesson);
                        }
                    });
                    rows.add(new AttendanceWeek.Row(
                            id,
                            PersonName.full((String) r[1], (String) r[2], (String) r[3]),
                            codes.getOrDefault(id, Map.of()),
                            notAttending));
                });
        List<AttendanceWeek.Excuse> excuses = em.createQuery("""
                        select e from AbsenceExcuse e join fetch e.student s where s.schoolClass.id = :schoolClassId
                        and e.dateFrom <= :to and e.dateTo >= :from order by e.dateFrom, s.lastName""", AbsenceExcuse.class)
                .setParameter("schoolClassId", classId)
                .setParameter("from", monday)
                .setParameter("to", sunday)
                .getResultStream()
                .map(e -> excuse(e, locale))
                .toList();
        return new AttendanceWeek(classId, schoolClass.getName(), monday, lessons, rows, excuses);
    }

    /**
     * Records an excuse (оправдательный документ) for a student of the class and turns every «Н» of the
     * student within the dates into «Б» (illness) or «У» (other reason), each with its history.
     *
     * @return how many absences were excused
     */
    @RolesAllowed({CLASS_TEACHER, ADMIN})
    public int addExcuse(
            @NotNull(message = "{attendance.student.required}") Long studentId,
            @NotNull(message = "{attendance.from.required}") LocalDate from,
            @NotNull(message = "{attendance.to.required}") LocalDate to,
            @NotNull(message = "{attendance.reason.required}") ExcuseReason reason,
            @NotBlank(message = "{attendance.document.required}")
                    @Size(max = 200, message = "{attendance.document.size}")
                    String document,
            @Size(max = 1000, message = "{attendance.note.size}") String note) {
        Student student = access.checkStudent(studentId, Intent.WRITE);
        if (to.isBefore(from)) {
            throw new BusinessException("attendance.dates.endBeforeStart");
        }
        if (to.isAfter(from.plusDays(120))) {
            throw new BusinessException("attendance.excuse.tooLong");
        }
        if (!student.getSchoolClass().getAcademicYear().contains(from)) {
            throw new BusinessException("attendance.excuse.outsideYear");
        }
        String login = access.login();
        AbsenceExcuse excuse = new AbsenceExcuse(student, from, to, reason, document.strip(), login, Instant.now());
        excuse.setNote(note == null || note.isBlank() ? null : note.strip());
        em.persist(excuse);
        history.record(excuse, Map.of(), login, null);
        return excuse(excuse, student, login);
    }

    private int excuse(AbsenceExcuse excuse, Student student, String login) {
        List<Absence> unexplained = em.createNamedQuery("Absence.findByStudentAndCodeAndDates", Absence.class)
                .setParameter("studentId", student.getId())
                .setParameter("code", AbsenceCode.N)
                .setParameter("from", excuse.getDateFrom())
                .setParameter("to", excuse.getDateTo())
                .getResultList();
        refuseClosedPeriods(excuse, student, unexplained);
        String why = Texts.text(
                "attendance.history.excused", excuse.getDocument(), excuse.getDateFrom(), excuse.getDateTo());
        Instant now = Instant.now();
        for (Absence absence : unexplained) {
            Map<String, String> before = absence.auditSnapshot();
            absence.setCode(excuse.getReason().resultingCode());
            absence.setEnteredBy(login);
            absence.setEnteredAt(now);
            history.record(absence, before, login, why);
        }
        return unexplained.size();
    }

    /**
     * An excuse may not change an absence of a closed period: the whole excuse (or the parent's notice
     * being accepted) is refused with the count, and nothing is stored.
     */
    private void refuseClosedPeriods(AbsenceExcuse excuse, Student student, List<Absence> unexplained) {
        List<ClosedPeriods.Closed> closed =
                closedPeriods.closedBetween(student.getSchool(), excuse.getDateFrom(), excuse.getDateTo());
        for (ClosedPeriods.Closed period : closed) {
            long count = unexplained.stream()
                    .filter(a -> period.covers(a.getLesson().getLessonDate()))
                    .count();
            if (count > 0) {
                throw new BusinessException("attendance.excuse.closedPeriod", period.name(), count);
            }
        }
    }

    /** The excuse records of a student, newest first, for the student card. */
    @RolesAllowed({CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR})
    public List<AttendanceWeek.Excuse> excusesOf(@NotNull Long studentId) {
        return excusesOf(studentId, Texts.RUSSIAN);
    }

    /** The same, the reasons in {@code locale}. */
    @RolesAllowed({CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR})
    public List<AttendanceWeek.Excuse> excusesOf(@NotNull Long studentId, Locale locale) {
        access.checkStudent(studentId, Intent.WRITE);
        return em.createQuery(
                        "select e from AbsenceExcuse e join fetch e.student s where s.id = :studentId"
                                + " order by e.dateFrom desc",
                        AbsenceExcuse.class)
                .setParameter("studentId", studentId)
                .getResultStream()
                .map(e -> excuse(e, locale))
                .toList();
    }

    private static AttendanceWeek.Excuse excuse(AbsenceExcuse e, Locale locale) {
        Student s = e.getStudent();
        return new AttendanceWeek.Excuse(
                e.getId(),
                s.getId(),
                s.shortName(),
                e.getDateFrom(),
                e.getDateTo(),
                Texts.text(
                        locale,
                        e.getReason() == ExcuseReason.ILLNESS
                                ? "attendance.reason.illness"
                                : "attendance.reason.excused"),
                e.getDocument(),
                e.getNote(),
                e.getCreatedBy());
    }
}
