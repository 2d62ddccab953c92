package ru.ejournal.journal.boundary;

import static ru.ejournal.journal.control.GradeBookQueries.gradeKind;
import static ru.ejournal.journal.control.GradeBookQueries.gridPupils;
import static ru.ejournal.journal.control.GradeBookQueries.lessonFilter;
import static ru.ejournal.journal.control.GradeBookQueries.subgroupCondition;
import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;
import static ru.ejournal.security.control.RoleNames.SUBJECT_TEACHER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import ru.ejournal.attendance.entity.AbsenceCode;
import ru.ejournal.common.control.Texts;
import ru.ejournal.common.entity.PersonName;
import ru.ejournal.journal.control.Averages;
import ru.ejournal.journal.control.Averages.Weighted;
import ru.ejournal.journal.control.GradeBookQueries;
import ru.ejournal.journal.control.GradeBookStamps;
import ru.ejournal.journal.entity.MarkValue;
import ru.ejournal.journal.entity.WorkType;
import ru.ejournal.school.entity.Grading;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.school.entity.TeachingAssignment;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.CallerIds;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.entity.Role;
import ru.ejournal.student.entity.StudentStatus;

/**
 * The journal grid as a teacher reads it: one teaching assignment (class or subgroup + subject) for one
 * study period, its periods and work types, and the grid as a PDF. The grid loads with a fixed number
 * of set-based queries whatever the class size. A cell is entered by {@link GradeBookCellService}, a
 * period grade by {@link PeriodGradeService}, a lesson's details by {@link LessonService}.
 */
@Stateless
public class GradeBookService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    GradeBookQueries queries;

    @Inject
    GradeBookStamps stamps;

    /** The caller's teaching assignments of the current year that hold today, for the class/subject selector. */
    @RolesAllowed({SUBJECT_TEACHER, CLASS_TEACHER})
    public List<AssignmentOption> myAssignments() {
        return myAssignments(access.callerIds());
    }

    private List<AssignmentOption> myAssignments(CallerIds caller) {
        if (caller.staffMemberId() == null) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("""
                select a.id, c.grade, c.letter, s.name, g.name from TeachingAssignment a
                join a.schoolClass c join a.subject s left join a.subgroup g
                where a.teacher.id = :teacherId and a.academicYear.current = true
                  and (a.startDate is null or a.startDate <= :today) and (a.endDate is null or a.endDate >= :today)
                order by c.grade, c.letter, s.name, g.name""", Object[].class)
                .setParameter("teacherId", caller.staffMemberId())
                .setParameter("today", LocalDate.now())
                .getResultList();
        return rows.stream()
                .map(r -> new AssignmentOption((Long) r[0], r[1] + "" + r[2] + " — " + (r[4] != null ? r[4] : r[3])))
                .toList();
    }

    /**
     * The version of the caller's own grid of {@code assignmentId} (the first when null) for a browser that holds a
     * copy: one statement over version stamps ({@link GradeBookStamps}), no entity, no transaction. Null for any
     * other grid, or when the caller is not a subject teacher with a usable account: the page then reads it.
     */
    @RolesAllowed({SUBJECT_TEACHER, CLASS_TEACHER})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String revision(Long assignmentId) {
        return access.callerHas(Role.SUBJECT_TEACHER)
                ? stamps.revision(access.login(), assignmentId, LocalDate.now())
                : null;
    }

    /**
     * The grid page's GET in one transaction, the caller read once: the caller's assignments; the
     * given assignment (the first when none); its year's periods; the grid of the given period (when
     * none, the shortest period holding today, else the first).
     */
    @RolesAllowed({SUBJECT_TEACHER, CLASS_TEACHER})
    public GradeBookPage page(Long assignmentId, Long periodId) {
        CallerIds caller = access.callerIds();
        List<AssignmentOption> assignments = myAssignments(caller);
        Long chosen = assignmentId != null
                ? assignmentId
                : assignments.stream().findFirst().map(AssignmentOption::id).orElse(null);
        if (chosen == null) {
            return new GradeBookPage(assignments, null, List.of(), null, null);
        }
        TeachingAssignment a = access.checkAssignment(chosen, Intent.READ, caller);
        List<PeriodOption> periods = periods(a);
        LocalDate today = LocalDate.now();
        Long period = periodId != null ? periodId : PeriodOption.shownOn(periods, today);
        GradeBook book = period == null ? null : load(a, queries.period(a, period));
        return new GradeBookPage(assignments, chosen, periods, period, book);
    }

    /** The study periods of the assignment's year (quarters first, then the year). */
    @RolesAllowed({SUBJECT_TEACHER, CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR})
    public List<PeriodOption> periods(@NotNull(message = "{journal.assignment.select}") Long assignmentId) {
        return periods(access.checkAssignment(assignmentId, Intent.READ));
    }

    private List<PeriodOption> periods(TeachingAssignment a) {
        return em.createNamedQuery("StudyPeriod.findByYear", StudyPeriod.class)
                .setParameter("academicYearId", a.getAcademicYear().getId())
                .getResultStream()
                .map(p -> new PeriodOption(p.getId(), p.getName(), p.getStartDate(), p.getEndDate(), p.isClosed()))
                .toList();
    }

    /** The work types of the caller's school, for a lesson's details. */
    @RolesAllowed({SUBJECT_TEACHER, ADMIN})
    public List<WorkTypeOption> workTypes() {
        return workTypes(Texts.RUSSIAN);
    }

    /** {@link #workTypes()} labelled in {@code locale} («Контрольная (вес 3)»). */
    @RolesAllowed({SUBJECT_TEACHER, ADMIN})
    public List<WorkTypeOption> workTypes(Locale locale) {
        return em.createNamedQuery("WorkType.findBySchool", WorkType.class)
                .setParameter("schoolId", access.callerSchool().getId())
                .getResultStream()
                .map(w -> new WorkTypeOption(
                        w.getId(), Texts.text(locale, "journal.workType.option", w.getName(), w.getWeight())))
                .toList();
    }

    /** The grid: every query is set-based, so the count does not grow with students or lessons. */
    @RolesAllowed({SUBJECT_TEACHER, CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR})
    public GradeBook load(
            @NotNull(message = "{journal.assignment.select}") Long assignmentId,
            @NotNull(message = "{school.period.select}") Long periodId) {
        TeachingAssignment a = access.checkAssignment(assignmentId, Intent.READ);
        return load(a, queries.period(a, periodId));
    }

    private GradeBook load(TeachingAssignment a, StudyPeriod period) {
        School school = a.getSchool();
        boolean passFail = a.getSubject().getGrading() == Grading.PASS_FAIL;
        Long subgroupId = a.getSubgroup() == null ? null : a.getSubgroup().getId();
        String groupCondition = subgroupCondition(subgroupId, subgroupId != null && queries.splitMidYear(a));

        List<GradeBook.Column> lessons = lessonFilter(
                        em.createQuery(
                                """
                select l.id, l.version, l.lessonDate, l.periodNo, l.topic, l.homework, w.id, w.name, w.weight,
                       l.attendanceTaken, l.cancelled, l.cancelReason, rt.lastName, rt.firstName, rt.patronymic
                from Lesson l left join l.workType w left join l.replacementTeacher rt
                where l.schoolClass.id = :classId and l.subject.id = :subjectId
                  and l.lessonDate between :from and :to and """ + " " + groupCondition + " order by l.lessonDate, l.periodNo, l.id",
                                Object[].class),
                        a,
                        period)
                .getResultStream()
                .map(r -> new GradeBook.Column(
                        (Long) r[0],
                        (Long) r[1],
                        (LocalDate) r[2],
                        (Integer) r[3],
                        (String) r[4],
                        (String) r[5],
                        (Long) r[6],
                        (String) r[7],
                        r[8] == null ? 1 : (Integer) r[8],
                        (Boolean) r[9],
                        (Boolean) r[10],
                        (String) r[11],
                        r[12] == null ? null : PersonName.initials((String) r[12], (String) r[13], (String) r[14])))
                .toList();

        Map<Long, Map<Long, CellParts>> cells = new HashMap<>();
        Map<Long, List<Weighted>> marksByStudent = new HashMap<>();
        java.util.Set<Long> columns = lessons.stream().map(GradeBook.Column::id).collect(Collectors.toSet());
        // every mark of the grid's pupils in the subject and period counts for the proposed grade (as in
        // the diary, the letter and the analytics), also those given in another class before a transfer
        // or in whole-class lessons before a subgroup split; the cells show those of the grid's lessons
        lessonFilter(
                        em.createQuery(
                                """
                select m.id, m.version, gs.id, l.id, m.value, m.weight, l.cancelled
                from Mark m join m.lesson l join m.student gs
                where l.subject.id = :subjectId and l.lessonDate between :from and :to and """ + " " + gridPupils(subgroupId) + " order by m.enteredAt, m.id", Object[].class),
                        a,
                        period)
                .getResultStream()
                // EclipseLink prints a query with a correlated subquery in WHERE without binding, and then
                // a boolean literal as 0, which H2 2 refuses: cancelled lessons are left out here instead
                .filter(r -> !Boolean.TRUE.equals(r[6]))
                .forEach(r -> {
                    if (columns.contains((Long) r[3])) {
                        CellParts.parts(cells, (Long) r[2], (Long) r[3])
                                .marks
                                .add(new CellParts.Stamped((Long) r[0], (Long) r[1], (String) r[4]));
                    }
                    marksByStudent
                            .computeIfAbsent((Long) r[2], k -> new ArrayList<>())
                            .add(new Weighted((String) r[4], (Integer) r[5]));
                });
        lessonFilter(em.createQuery("""
                select x.id, x.version, x.student.id, l.id, x.code from Absence x join x.lesson l
                where l.schoolClass.id = :classId and l.subject.id = :subjectId
                  and l.lessonDate between :from and :to and l.cancelled = false and """ + " " + groupCondition, Object[].class), a, period)
                .getResultStream()
                .forEach(r -> CellParts.parts(cells, (Long) r[2], (Long) r[3]).absence =
                        new CellParts.Stamped((Long) r[0], (Long) r[1], ((AbsenceCode) r[4]).label()));

        Map<Long, Object[]> grades = new HashMap<>();
        em.createQuery("""
                select g.student.id, g.value, g.version from PeriodGrade g
                where g.subject.id = :subjectId and g.studyPeriod.id = :periodId and g.kind = :kind""", Object[].class)
                .setParameter("subjectId", a.getSubject().getId())
                .setParameter("periodId", period.getId())
                .setParameter("kind", gradeKind(period))
                .getResultStream()
                .forEach(r -> grades.put((Long) r[0], r));

        List<GradeBook.Row> rows = new ArrayList<>();
        for (Object[] s : queries.students(a, period)) {
            Long studentId = (Long) s[0];
            Map<Long, GradeBookCell> rowCells = new LinkedHashMap<>();
            cells.getOrDefault(studentId, Map.of()).forEach((lessonId, p) -> rowCells.put(lessonId, p.cell()));
            Object[] grade = grades.get(studentId);
            MarkSummary summary = Averages.summarize(
                    marksByStudent.getOrDefault(studentId, List.of()),
                    school.getRoundingThreshold(),
                    school.getMinMarksPerPeriod(),
                    passFail);
            rows.add(new GradeBook.Row(
                    studentId,
                    PersonName.full((String) s[1], (String) s[2], (String) s[3]),
                    s[4] != StudentStatus.STUDYING,
                    rowCells,
                    summary,
                    grade == null ? null : MarkValue.display((String) grade[1]),
                    grade == null ? null : (Long) grade[2],
                    (LocalDate) s[5],
                    (LocalDate) s[6]));
        }
        String title = a.getSchoolClass().getName() + " — "
                + (a.getSubgroup() != null
                        ? a.getSubgroup().getName()
                        : a.getSubject().getName());
        return new GradeBook(
                a.getId(),
                period.getId(),
                title,
                period.getName(),
                passFail,
                period.isClosed(),
                school.getRoundingThreshold(),
                school.getMinMarksPerPeriod(),
                lessons,
                rows);
    }

    /** The grid as a landscape PDF for printing. */
    @RolesAllowed({SUBJECT_TEACHER, CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR})
    public byte[] pdf(
            @NotNull(message = "{journal.assignment.select}") Long assignmentId,
            @NotNull(message = "{school.period.select}") Long periodId) {
        return ru.ejournal.journal.control.GradeBookPdf.render(load(assignmentId, periodId));
    }
}
