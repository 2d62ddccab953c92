package ru.ejournal.diary.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;
import static ru.ejournal.security.control.RoleNames.PARENT;
import static ru.ejournal.security.control.RoleNames.STUDENT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.ejournal.attendance.entity.AbsenceCode;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.diary.control.DiaryStamps;
import ru.ejournal.diary.control.DiaryVisits;
import ru.ejournal.journal.boundary.MarkSummary;
import ru.ejournal.journal.boundary.PeriodOption;
import ru.ejournal.journal.control.Averages;
import ru.ejournal.journal.control.Averages.Weighted;
import ru.ejournal.journal.entity.MarkValue;
import ru.ejournal.parent.entity.StudentParent;
import ru.ejournal.school.entity.Grading;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.student.entity.Student;
import ru.ejournal.timetable.boundary.TimetableLine;
import ru.ejournal.timetable.control.Timetables;

/**
 * The e-diary of a student, for their parents, themself and their teachers: the week's lessons with
 * topics, homework, marks and absences, and the period's marks per subject with the working of the
 * average ("why is it a 4?"). Each view by a parent or a student is written to the visit log.
 */
@Stateless
public class DiaryService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    DiaryVisits visits;

    @Inject
    Timetables timetables;

    @Inject
    DiaryStamps stamps;

    /**
     * The version of the caller's diary page of {@code child} (the first child if null), for a browser revalidating
     * its copy: one statement over the version stamps that database triggers keep ({@link DiaryStamps}), no entity,
     * no transaction. Null when the page must decide itself (a child not the caller's, a blocked account, a
     * one-time password): the full page refuses as it always has.
     */
    @RolesAllowed({PARENT, STUDENT})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DiaryRevision revision(Long child) {
        return stamps.revision(
                access.login(), access.callerHas(Role.PARENT), access.callerHas(Role.STUDENT), child, LocalDate.now());
    }

    /** A view of {@code child}'s diary answered from the browser's copy: logged as every view is. */
    @RolesAllowed({PARENT, STUDENT})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void revisited(long child) {
        visits.viewed(child, Instant.now());
    }

    /** The children whose diary the caller reads: a parent's children, or the student themself. */
    @RolesAllowed({PARENT, STUDENT})
    public List<ChildOption> children() {
        UserAccount caller = access.caller();
        List<Student> children = new ArrayList<>();
        if (access.callerHas(Role.PARENT) && caller.getParent() != null) {
            em.createNamedQuery("StudentParent.findByParent", StudentParent.class)
                    .setParameter("parentId", caller.getParent().getId())
                    .getResultStream()
                    .map(StudentParent::getStudent)
                    .forEach(children::add);
        }
        if (access.callerHas(Role.STUDENT) && caller.getStudent() != null) {
            children.add(caller.getStudent());
        }
        return children.stream()
                .map(s -> new ChildOption(
                        s.getId(), s.fullName() + ", " + s.getSchoolClass().getName()))
                .toList();
    }

    /** The study periods of the student's year. */
    @RolesAllowed({PARENT, STUDENT, CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR})
    public List<PeriodOption> periods(@NotNull(message = "{diary.child.select}") Long studentId) {
        return periodsOf(access.checkStudent(studentId, Intent.READ));
    }

    /**
     * The whole e-diary page of a parent or a student in one call (one transaction, one access check of the
     * child): the caller's children, the week that contains {@code day} of {@code child} (the first child if
     * null), the periods of the child's years and the marks of {@code period} (if null, the shortest period
     * that contains {@code day}, else the first). The view is logged as {@link #week} logs it.
     */
    @RolesAllowed({PARENT, STUDENT})
    public DiaryPage page(Long child, @NotNull(message = "{diary.week.required}") LocalDate day, Long period) {
        return page(child, day, period, Texts.RUSSIAN);
    }

    /** {@link #page(Long, LocalDate, Long)} with the period's rule and working out in {@code locale}. */
    @RolesAllowed({PARENT, STUDENT})
    public DiaryPage page(
            Long child, @NotNull(message = "{diary.week.required}") LocalDate day, Long period, Locale locale) {
        List<ChildOption> children = children();
        Long chosen = child != null
                ? child
                : children.isEmpty() ? null : children.get(0).id();
        if (chosen == null) {
            return new DiaryPage(children, null, List.of(), null, null, null);
        }
        Student student = access.checkStudent(chosen, Intent.READ);
        DiaryWeek week = weekOf(student, day);
        List<PeriodOption> periods = periodsOf(student);
        Long shown = period != null ? period : PeriodOption.shownOn(periods, day);
        return new DiaryPage(
                children, chosen, periods, shown, week, shown == null ? null : periodOf(student, shown, locale));
    }

    private List<PeriodOption> periodsOf(Student student) {
        Long studentId = student.getId();
        List<PeriodOption> periods = new ArrayList<>(em.createNamedQuery("StudyPeriod.findByYear", StudyPeriod.class)
                .setParameter(
                        "academicYearId",
                        student.getSchoolClass().getAcademicYear().getId())
                .getResultStream()
                .map(p -> new PeriodOption(p.getId(), p.getName(), p.getStartDate(), p.getEndDate(), p.isClosed()))
                .toList());
        // then the periods of earlier years the pupil spent in the school (after a promotion), newest first
        em.createQuery("""
                        select p from StudyPeriod p where p.academicYear <> :current and p.academicYear in (
                          select m.schoolClass.academicYear from StudentClassMembership m where m.student.id = :studentId)
                        order by p.startDate desc, p.endDate""", StudyPeriod.class)
                .setParameter("current", student.getSchoolClass().getAcademicYear())
                .setParameter("studentId", studentId)
                .getResultStream()
                .map(p -> new PeriodOption(
                        p.getId(),
                        p.getName() + " " + p.getAcademicYear().getName(),
                        p.getStartDate(),
                        p.getEndDate(),
                        p.isClosed()))
                .forEach(periods::add);
        return periods;
    }

    /**
     * The week that contains {@code day} (weekends only if they have lessons), with the pupil's timetable of
     * that week (one statement); a parent's or student's view is logged.
     */
    @RolesAllowed({PARENT, STUDENT, CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR})
    public DiaryWeek week(
            @NotNull(message = "{diary.child.select}") Long studentId,
            @NotNull(message = "{diary.week.required}") LocalDate day) {
        return weekOf(access.checkStudent(studentId, Intent.READ), day);
    }

    private DiaryWeek weekOf(Student student, LocalDate day) {
        Long studentId = student.getId();
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        LocalDate saturday = monday.plusDays(6);
        logView(student);

        List<Object[]> lessons = em.createQuery("""
                select l.id, l.lessonDate, l.periodNo, s.name, l.topic, l.homework, l.cancelled, l.cancelReason
                from Lesson l join l.subject s left join l.subgroup g
                where l.lessonDate between :from and :to
                  and ((l.schoolClass.id = :classId and not exists (
                          select x from StudentClassMembership x where x.student.id = :studentId))
                       or exists (select mb from StudentClassMembership mb where mb.student.id = :studentId
                          and mb.schoolClass = l.schoolClass and (mb.validFrom is null or mb.validFrom <= l.lessonDate)
                          and (mb.validTo is null or mb.validTo >= l.lessonDate)))
                  and (g is null or g.id in (select sg.id from Subgroup sg join sg.members m where m.id = :studentId))
                order by l.lessonDate, l.periodNo, s.name""", Object[].class)
                .setParameter("classId", student.getSchoolClass().getId())
                .setParameter("studentId", studentId)
                .setParameter("from", monday)
                .setParameter("to", saturday)
                .getResultList();
        Map<Long, List<DiaryMark>> marks = new HashMap<>();
        em.createQuery("""
                select l.id, l.lessonDate, m.value, w.name, m.weight, l.topic
                from Mark m join m.lesson l left join m.workType w
                where m.student.id = :studentId and l.lessonDate between :from and :to
                order by m.enteredAt, m.id""", Object[].class)
                .setParameter("studentId", studentId)
                .setParameter("from", monday)
                .setParameter("to", saturday)
                .getResultStream()
                .forEach(r -> marks.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(new DiaryMark(
                                (LocalDate) r[1],
                                MarkValue.display((String) r[2]),
                                (String) r[3],
                                (Integer) r[4],
                                (String) r[5])));
        Map<Long, String> absences = new HashMap<>();
        em.createQuery("""
                select l.id, a.code from Absence a join a.lesson l
                where a.student.id = :studentId and l.lessonDate between :from and :to""", Object[].class)
                .setParameter("studentId", studentId)
                .setParameter("from", monday)
                .setParameter("to", saturday)
                .getResultStream()
                .forEach(r -> absences.put((Long) r[0], ((AbsenceCode) r[1]).label()));

        Map<LocalDate, List<DiaryWeek.Entry>> byDay = new LinkedHashMap<>();
        for (LocalDate d = monday; !d.isAfter(saturday); d = d.plusDays(1)) {
            byDay.put(d, new ArrayList<>());
        }
        for (Object[] l : lessons) {
            Long id = (Long) l[0];
            byDay.get((LocalDate) l[1])
                    .add(new DiaryWeek.Entry(
                            id,
                            (Integer) l[2],
                            (String) l[3],
                            (String) l[4],
                            (String) l[5],
                            marks.getOrDefault(id, List.of()),
                            absences.get(id),
                            (Boolean) l[6],
                            (String) l[7]));
        }
        List<DiaryWeek.Day> days = new ArrayList<>();
        byDay.forEach((date, entries) -> {
            if (!entries.isEmpty() || date.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()) {
                days.add(new DiaryWeek.Day(date, entries));
            }
        });
        List<TimetableLine> timetable =
                timetables.ofStudent(studentId, student.getSchoolClass().getId(), day);
        return new DiaryWeek(
                studentId, student.fullName(), student.getSchoolClass().getName(), monday, days, timetable);
    }

    /** The period's marks per subject with the working of the proposed grade, and absences by kind. */
    @RolesAllowed({PARENT, STUDENT, CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR})
    public DiaryPeriod period(
            @NotNull(message = "{diary.child.select}") Long studentId,
            @NotNull(message = "{school.period.select}") Long periodId) {
        return period(studentId, periodId, Texts.RUSSIAN);
    }

    /** {@link #period(Long, Long)} with the rule and the working out in {@code locale}. */
    @RolesAllowed({PARENT, STUDENT, CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR})
    public DiaryPeriod period(
            @NotNull(message = "{diary.child.select}") Long studentId,
            @NotNull(message = "{school.period.select}") Long periodId,
            Locale locale) {
        return periodOf(access.checkStudent(studentId, Intent.READ), periodId, locale);
    }

    private DiaryPeriod periodOf(Student student, Long periodId, Locale locale) {
        Long studentId = student.getId();
        StudyPeriod period = em.find(StudyPeriod.class, periodId);
        if (period == null || !period.getSchool().equals(student.getSchool())) {
            throw new BusinessException("diary.period.notOfYear");
        }
        School school = student.getSchool();

        Map<Long, String> subjectNames = new LinkedHashMap<>();
        Map<Long, Boolean> passFail = new HashMap<>();
        em.createQuery("""
                select distinct s.id, s.name, s.grading from TeachingAssignment a join a.subject s
                where a.schoolClass.id = :classId order by s.name""", Object[].class)
                .setParameter("classId", student.getSchoolClass().getId())
                .getResultStream()
                .forEach(r -> {
                    subjectNames.put((Long) r[0], (String) r[1]);
                    passFail.put((Long) r[0], r[2] == Grading.PASS_FAIL);
                });
        Map<Long, List<DiaryMark>> marks = new HashMap<>();
        Map<Long, List<Weighted>> weighted = new HashMap<>();
        em.createQuery("""
                select s.id, s.name, s.grading, l.lessonDate, m.value, w.name, m.weight, l.topic
                from Mark m join m.lesson l join l.subject s left join m.workType w
                where m.student.id = :studentId and l.lessonDate between :from and :to and l.cancelled = false
                order by l.lessonDate, l.periodNo, m.enteredAt, m.id""", Object[].class)
                .setParameter("studentId", studentId)
                .setParameter("from", period.getStartDate())
                .setParameter("to", period.getEndDate())
                .getResultStream()
                .forEach(r -> {
                    Long subject = (Long) r[0];
                    subjectNames.putIfAbsent(subject, (String) r[1]);
                    passFail.putIfAbsent(subject, r[2] == Grading.PASS_FAIL);
                    marks.computeIfAbsent(subject, k -> new ArrayList<>())
                            .add(new DiaryMark(
                                    (LocalDate) r[3],
                                    MarkValue.display((String) r[4]),
                                    (String) r[5],
                                    (Integer) r[6],
                                    (String) r[7]));
                    weighted.computeIfAbsent(subject, k -> new ArrayList<>())
                            .add(new Weighted((String) r[4], (Integer) r[6]));
                });
        Map<Long, String> grades = new HashMap<>();
        em.createQuery("""
                select g.subject.id, g.value from PeriodGrade g
                where g.student.id = :studentId and g.studyPeriod.id = :periodId""", Object[].class)
                .setParameter("studentId", studentId)
                .setParameter("periodId", periodId)
                .getResultStream()
                .forEach(r -> grades.put((Long) r[0], MarkValue.display((String) r[1])));
        Map<String, Long> absences = new LinkedHashMap<>();
        Map<AbsenceCode, Long> counted = new EnumMap<>(AbsenceCode.class);
        em.createQuery("""
                select a.code, count(a) from Absence a join a.lesson l
                where a.student.id = :studentId and l.lessonDate between :from and :to
                group by a.code""", Object[].class)
                .setParameter("studentId", studentId)
                .setParameter("from", period.getStartDate())
                .setParameter("to", period.getEndDate())
                .getResultStream()
                .forEach(r -> counted.put((AbsenceCode) r[0], (Long) r[1]));
        for (AbsenceCode code : AbsenceCode.values()) {
            absences.put(code.label(), counted.getOrDefault(code, 0L));
        }

        List<DiaryPeriod.SubjectLine> lines = new ArrayList<>();
        subjectNames.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
            MarkSummary summary = Averages.summarize(
                    weighted.getOrDefault(e.getKey(), List.of()),
                    school.getRoundingThreshold(),
                    school.getMinMarksPerPeriod(),
                    passFail.get(e.getKey()),
                    locale);
            lines.add(new DiaryPeriod.SubjectLine(
                    e.getValue(),
                    marks.getOrDefault(e.getKey(), List.of()),
                    displaySummary(summary),
                    grades.get(e.getKey())));
        });
        String rule = Texts.text(
                locale,
                "diary.period.rule",
                Averages.decimal(school.getRoundingThreshold(), locale),
                school.getMinMarksPerPeriod(),
                MarkValue.display(MarkValue.NOT_ASSESSED));
        return new DiaryPeriod(studentId, periodId, period.getName(), rule, lines, absences);
    }

    /**
     * The pupil's weekly timetable as it stands at the end of the week that contains {@code day}: the
     * class's whole-class lessons and those of the pupil's own subgroups, in one statement.
     */
    @RolesAllowed({PARENT, STUDENT, CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR})
    public List<TimetableLine> timetable(
            @NotNull(message = "{diary.child.select}") Long studentId,
            @NotNull(message = "{diary.week.required}") LocalDate day) {
        Student student = access.checkStudent(studentId, Intent.READ);
        return timetables.ofStudent(studentId, student.getSchoolClass().getId(), day);
    }

    private void logView(Student student) {
        if (access.callerHas(Role.PARENT) || access.callerHas(Role.STUDENT)) {
            visits.viewed(student.getId(), Instant.now());
        }
    }

    private static MarkSummary displaySummary(MarkSummary s) {
        return new MarkSummary(s.average(), s.markCount(), MarkValue.display(s.proposed()), s.working());
    }
}
