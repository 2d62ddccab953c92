package ru.ejournal.journal.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;
import static ru.ejournal.security.control.RoleNames.SUBJECT_TEACHER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import ru.ejournal.attendance.entity.Absence;
import ru.ejournal.attendance.entity.AbsenceCode;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.ConflictException;
import ru.ejournal.common.entity.PersonName;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.journal.control.Averages;
import ru.ejournal.journal.control.Averages.Weighted;
import ru.ejournal.journal.control.ConfirmationRequiredException;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.journal.entity.Mark;
import ru.ejournal.journal.entity.MarkValue;
import ru.ejournal.journal.entity.PeriodGrade;
import ru.ejournal.journal.entity.PeriodGradeKind;
import ru.ejournal.journal.entity.WorkType;
import ru.ejournal.school.entity.Grading;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.school.entity.StudyPeriodKind;
import ru.ejournal.school.entity.TeachingAssignment;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.CallerFacts;
import ru.ejournal.security.boundary.AccessControl.CallerIds;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.Role;
import ru.ejournal.student.entity.Student;
import ru.ejournal.student.entity.StudentStatus;

/**
 * The subject teacher's journal grid: one teaching assignment (class or subgroup + subject) for one
 * study period. The grid loads with a fixed number of set-based queries whatever the class size;
 * a cell (the marks and the absence of one student at one lesson) is saved on its own, in one
 * transaction, with its history and a conflict check.
 */
@Stateless
public class GradeBookService {

    static final int MAX_MARKS_PER_CELL = 3;
    private static final String DENIED = "Нет доступа к этому журналу";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AccessControl access;

    @Inject
    ChangeHistory history;

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
        TeachingAssignment a = assignment(chosen, Intent.READ, caller);
        List<PeriodOption> periods = periods(a);
        LocalDate today = LocalDate.now();
        Long period = periodId != null
                ? periodId
                : periods.stream()
                        .filter(p -> p.contains(today))
                        .min(Comparator.comparing(
                                p -> p.endDate().toEpochDay() - p.startDate().toEpochDay()))
                        .or(() -> periods.stream().findFirst())
                        .map(PeriodOption::id)
                        .orElse(null);
        GradeBook book = period == null ? null : load(a, period(a, period));
        return new GradeBookPage(assignments, chosen, periods, period, book);
    }

    /** The study periods of the assignment's year (quarters first, then the year). */
    @RolesAllowed({SUBJECT_TEACHER, CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR})
    public List<PeriodOption> periods(@NotNull(message = "Выберите класс и предмет") Long assignmentId) {
        return periods(assignment(assignmentId, Intent.READ));
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
        return em.createNamedQuery("WorkType.findBySchool", WorkType.class)
                .setParameter("schoolId", access.callerSchool().getId())
                .getResultStream()
                .map(w -> new WorkTypeOption(w.getId(), w.getName() + " (вес " + w.getWeight() + ")"))
                .toList();
    }

    /** The grid: every query is set-based, so the count does not grow with students or lessons. */
    @RolesAllowed({SUBJECT_TEACHER, CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR})
    public GradeBook load(
            @NotNull(message = "Выберите класс и предмет") Long assignmentId,
            @NotNull(message = "Выберите учебный период") Long periodId) {
        TeachingAssignment a = assignment(assignmentId, Intent.READ);
        return load(a, period(a, periodId));
    }

    private GradeBook load(TeachingAssignment a, StudyPeriod period) {
        School school = a.getSchool();
        boolean passFail = a.getSubject().getGrading() == Grading.PASS_FAIL;
        Long subgroupId = a.getSubgroup() == null ? null : a.getSubgroup().getId();
        String groupCondition = subgroupCondition(subgroupId, subgroupId != null && splitMidYear(a));

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
                        parts(cells, (Long) r[2], (Long) r[3]).marks.add(new Stamped((Long) r[0], (Long) r[1], (String)
                                r[4]));
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
                .forEach(r -> parts(cells, (Long) r[2], (Long) r[3]).absence =
                        new Stamped((Long) r[0], (Long) r[1], ((AbsenceCode) r[4]).label()));

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
        for (Object[] s : students(a, period)) {
            Long studentId = (Long) s[0];
            Map<Long, GradeBookCell> rowCells = new LinkedHashMap<>();
            cells.getOrDefault(studentId, Map.of()).forEach((lessonId, p) -> rowCells.put(lessonId, p.cell(passFail)));
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
            @NotNull(message = "Выберите класс и предмет") Long assignmentId,
            @NotNull(message = "Выберите учебный период") Long periodId) {
        return ru.ejournal.journal.control.GradeBookPdf.render(load(assignmentId, periodId));
    }

    /**
     * Saves one cell as typed: an absence code and/or marks separated by blanks («Н», «5», «ОП 4», «5 4»,
     * empty to clear). {@code stamp} is the cell's stamp as the caller loaded it; if somebody changed the
     * cell since, nothing is saved and a {@link ConflictException} says so. A mark for a student marked
     * absent needs {@code confirmed}. With a {@code periodId} the student's new summary is returned.
     */
    @RolesAllowed({SUBJECT_TEACHER, ADMIN})
    public CellSaved saveCell(
            @NotNull(message = "Не указан урок") Long lessonId,
            @NotNull(message = "Не указан ученик") Long studentId,
            @Size(max = 40, message = "Слишком длинная запись в клетке") String input,
            String stamp,
            boolean confirmed,
            Long periodId) {
        Lesson lesson = lessonToWrite(lessonId);
        CellContext cell = cellContext(lesson, studentId, periodId);
        access.checkLessonWrite(lesson, cell.caller());
        checkEditable(lesson, cell);
        Student student = cell.student();
        boolean passFail = lesson.getSubject().getGrading() == Grading.PASS_FAIL;
        Typed typed = parse(input, passFail);

        List<Mark> marks = cell.marks();
        Absence absence = cell.absence();
        CellParts current = CellParts.of(marks, absence);
        if (!Objects.equals(Objects.requireNonNullElse(stamp, ""), current.stamp())) {
            throw new ConflictException("Эту клетку уже изменил другой пользователь: сейчас в ней «"
                    + current.cell(passFail).text() + "». Ваша запись «"
                    + Objects.requireNonNullElse(input, "").strip()
                    + "» не сохранена — проверьте и введите ещё раз.");
        }
        if (typed.absence != null && typed.absence.missed() && !typed.marks.isEmpty() && !confirmed) {
            throw new ConfirmationRequiredException("Ученик отмечен отсутствующим («" + typed.absence.label()
                    + "») на этом уроке. Поставить отметку всё равно?");
        }
        String login = context.getCallerPrincipal().getName();
        Instant now = Instant.now();
        Absence absenceNow = applyAbsence(lesson, student, absence, typed.absence, login, now);
        List<Mark> marksNow = applyMarks(lesson, student, marks, typed.marks, login, now);
        em.flush();

        MarkSummary summary = cell.periodStart() == null
                ? null
                : summary(lesson, student, cell.periodStart(), cell.periodEnd(), passFail);
        return new CellSaved(
                lessonId, studentId, CellParts.of(marksNow, absenceNow).cell(passFail), summary);
    }

    /**
     * The lesson of a cell save with every to-one relation it holds (weaving is off, so they load
     * eagerly) joined into one statement; the caller's access is checked on it afterwards.
     */
    private Lesson lessonToWrite(Long lessonId) {
        TypedQuery<Lesson> query = em.createQuery("select l from Lesson l where l.id = :lessonId", Lesson.class)
                .setParameter("lessonId", lessonId);
        for (String path : LESSON_GRAPH) {
            query.setHint(LEFT_JOIN_FETCH, path);
        }
        return query.getResultStream().findFirst().orElseThrow(() -> new AccessDeniedException(DENIED));
    }

    /** EclipseLink's fetch-join hint (cumulative, nested paths allowed); other providers ignore it. */
    private static final String LEFT_JOIN_FETCH = "eclipselink.left-join-fetch";

    private static final List<String> LESSON_GRAPH = List.of(
            "l.school",
            "l.schoolClass",
            "l.schoolClass.academicYear",
            "l.schoolClass.classTeacher",
            "l.subgroup",
            "l.subgroup.teacher",
            "l.subject",
            "l.teacher",
            "l.replacementTeacher",
            "l.workType");

    /**
     * Everything else a cell save decides on, in one statement: the caller's account and whether they
     * teach the lesson's class (or subgroup) and subject on the lesson's day or have handed it over, the student, the cell's absence and marks (as entities, to
     * change them), the student's membership of the lesson's subgroup, the name of a closed period
     * covering the lesson's day, and the dates of the grid's period for the new summary.
     */
    private CellContext cellContext(Lesson lesson, Long studentId, Long periodId) {
        List<Object[]> rows = em.createQuery(
                        """
                select u.enabled, us.id, sm.id, st, ab, m,
                       (select count(a) from TeachingAssignment a
                        where a.teacher = sm and a.schoolClass.id = :classId and a.subject.id = :subjectId
                          and %1$s and %2$s),
                       (select count(a) from TeachingAssignment a
                        where a.teacher = sm and a.schoolClass.id = :classId and a.subject.id = :subjectId
                          and %1$s and %3$s),
                       (select count(g) from Subgroup g join g.members gm where g.id = :subgroupId and gm = st),
                       (select count(mb) from StudentClassMembership mb where mb.student = st),
                       (select count(mc) from StudentClassMembership mc where mc.student = st
                          and mc.schoolClass.id = :classId and (mc.validFrom is null or mc.validFrom <= :day)
                          and (mc.validTo is null or mc.validTo >= :day)),
                       (select min(cp.name) from StudyPeriod cp
                        where cp.school.id = :schoolId and cp.closed = true
                          and cp.startDate <= :day and cp.endDate >= :day),
                       p.startDate, p.endDate
                from UserAccount u join u.school us left join u.staffMember sm
                  left join Student st on st.id = :studentId
                  left join Absence ab on ab.lesson = :lesson and ab.student = st
                  left join Mark m on m.lesson = :lesson and m.student = st
                  left join StudyPeriod p on p.id = :periodId and p.school = :school
                where u.login = :login
                order by m.enteredAt, m.id""".formatted(
                                        AccessControl.assignmentCoversGroup(lesson),
                                        AccessControl.assignmentHoldsOn(),
                                        AccessControl.assignmentEnded()),
                        Object[].class)
                .setParameter("login", context.getCallerPrincipal().getName())
                .setParameter("classId", lesson.getSchoolClass().getId())
                .setParameter("subjectId", lesson.getSubject().getId())
                .setParameter(
                        "subgroupId",
                        lesson.getSubgroup() == null
                                ? -1L
                                : lesson.getSubgroup().getId())
                .setParameter("schoolId", lesson.getSchool().getId())
                .setParameter("day", lesson.getLessonDate())
                .setParameter("today", LocalDate.now())
                .setParameter("studentId", studentId)
                .setParameter("lesson", lesson)
                .setParameter("periodId", periodId == null ? -1L : periodId)
                .setParameter("school", lesson.getSchool())
                .getResultList();
        if (rows.isEmpty()) {
            return new CellContext(null, null, null, List.of(), false, false, false, null, null, null);
        }
        Object[] first = rows.get(0);
        Map<Long, Mark> marks = new LinkedHashMap<>();
        Absence absence = null;
        for (Object[] r : rows) {
            if (r[4] != null) {
                absence = (Absence) r[4];
            }
            if (r[5] != null) {
                marks.putIfAbsent(((Mark) r[5]).getId(), (Mark) r[5]);
            }
        }
        return new CellContext(
                new CallerFacts(
                        (Boolean) first[0],
                        (Long) first[1],
                        (Long) first[2],
                        ((Number) first[6]).longValue() > 0,
                        ((Number) first[7]).longValue() > 0),
                (Student) first[3],
                absence,
                new ArrayList<>(marks.values()),
                ((Number) first[8]).longValue() > 0,
                first[3] != null
                        && (((Number) first[9]).longValue() == 0
                                ? lesson.getSchoolClass().equals(((Student) first[3]).getSchoolClass())
                                : ((Number) first[10]).longValue() > 0),
                ((Number) first[9]).longValue() > 0,
                (String) first[11],
                (LocalDate) first[12],
                (LocalDate) first[13]);
    }

    /** What {@link #cellContext} read: the caller, the student and the cell, the rules' facts. */
    private record CellContext(
            CallerFacts caller,
            Student student,
            Absence absence,
            List<Mark> marks,
            boolean inSubgroup,
            boolean inClassOnDay,
            boolean transferred,
            String closedPeriod,
            LocalDate periodStart,
            LocalDate periodEnd) {}

    /** The cell as stored now (after a conflict, to show what the other teacher entered). */
    @RolesAllowed({SUBJECT_TEACHER, CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR})
    public GradeBookCell cell(@NotNull Long lessonId, @NotNull Long studentId) {
        Lesson lesson = access.checkLesson(lessonId, Intent.READ);
        Student student = em.find(Student.class, studentId);
        if (student == null) {
            throw new AccessDeniedException(DENIED);
        }
        return cellOf(lesson, student, lesson.getSubject().getGrading() == Grading.PASS_FAIL);
    }

    /** Every change of the marks and the absence of one student at one lesson, newest first. */
    @RolesAllowed({SUBJECT_TEACHER, CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR})
    public List<HistoryLine> cellHistory(@NotNull Long lessonId, @NotNull Long studentId) {
        Lesson lesson = access.checkLesson(lessonId, Intent.READ);
        Instant since = lesson.getLessonDate()
                .minusDays(7)
                .atStartOfDay(ZoneId.systemDefault())
                .toInstant();
        // the marks and absence in the cell now (also those entered before their creation was recorded) ...
        List<Long> current = new ArrayList<>(em.createQuery(
                        "select m.id from Mark m where m.lesson.id = :lessonId and m.student.id = :studentId",
                        Long.class)
                .setParameter("lessonId", lessonId)
                .setParameter("studentId", studentId)
                .getResultList());
        current.addAll(em.createQuery(
                        "select a.id from Absence a where a.lesson.id = :lessonId and a.student.id = :studentId",
                        Long.class)
                .setParameter("lessonId", lessonId)
                .setParameter("studentId", studentId)
                .getResultList());
        current.add(-1L);
        // ... and those created in the cell and removed since
        List<ChangeRecord> records = em.createQuery("""
                select c from ChangeRecord c
                where c.school.id = :schoolId and c.entityType in ('Mark', 'Absence')
                  and c.field in ('value', 'code')
                  and (c.entityId in :current or c.changedAt >= :since and c.entityId in (
                      select s.entityId from ChangeRecord s, ChangeRecord l
                      where s.school.id = :schoolId and s.changedAt >= :since and l.entityId = s.entityId
                        and l.entityType = s.entityType and s.entityType in ('Mark', 'Absence')
                        and s.field = 'student' and s.newValue = :studentId
                        and l.field = 'lesson' and l.newValue = :lessonId))
                order by c.changedAt desc, c.id desc""", ChangeRecord.class)
                .setParameter("schoolId", lesson.getSchool().getId())
                .setParameter("since", since)
                .setParameter("current", current)
                .setParameter("studentId", studentId.toString())
                .setParameter("lessonId", lessonId.toString())
                .getResultList();
        return records.stream()
                .map(c -> {
                    boolean mark = c.getEntityType().equals("Mark");
                    return new HistoryLine(
                            mark ? "отметка" : "пропуск",
                            historyValue(mark, c.getOldValue()),
                            historyValue(mark, c.getNewValue()),
                            c.getChangedBy(),
                            c.getChangedAt(),
                            c.getReason());
                })
                .toList();
    }

    /** Sets (or changes) a student's period grade; {@code expectedVersion} null means "there was none". */
    @RolesAllowed({SUBJECT_TEACHER, ADMIN})
    public GradeBookCell savePeriodGrade(
            @NotNull(message = "Выберите класс и предмет") Long assignmentId,
            @NotNull(message = "Выберите учебный период") Long periodId,
            @NotNull(message = "Не указан ученик") Long studentId,
            @NotNull(message = "Укажите итоговую отметку") String value,
            Long expectedVersion) {
        TeachingAssignment a = assignment(assignmentId, Intent.WRITE);
        StudyPeriod period = period(a, periodId);
        if (period.isClosed()) {
            throw new BusinessException("Период «" + period.getName() + "» закрыт: изменения запрещены");
        }
        Student student = em.find(Student.class, studentId);
        if (student == null || !students(a, period).stream().anyMatch(s -> s[0].equals(studentId))) {
            throw new AccessDeniedException(DENIED);
        }
        if (student.getStatus() != StudentStatus.STUDYING) {
            throw new BusinessException("Ученик выбыл: его отметки доступны только для чтения");
        }
        boolean passFail = a.getSubject().getGrading() == Grading.PASS_FAIL;
        String normalized = normalizeGrade(value, passFail);
        PeriodGradeKind kind = gradeKind(period);
        PeriodGrade grade = em.createNamedQuery("PeriodGrade.findOne", PeriodGrade.class)
                .setParameter("studentId", studentId)
                .setParameter("subjectId", a.getSubject().getId())
                .setParameter("studyPeriodId", periodId)
                .setParameter("kind", kind)
                .getResultStream()
                .findFirst()
                .orElse(null);
        String login = context.getCallerPrincipal().getName();
        if (grade == null) {
            if (expectedVersion != null) {
                throw new ConflictException("Итоговую отметку удалили после того, как вы открыли журнал");
            }
            grade = new PeriodGrade(student, a.getSubject(), period, kind, normalized, login, Instant.now());
            em.persist(grade);
            history.record(grade, Map.of(), login, null);
        } else {
            if (expectedVersion == null || grade.getVersion() != expectedVersion) {
                throw new ConflictException("Итоговую отметку уже выставил другой пользователь: «"
                        + MarkValue.display(grade.getValue()) + "». Проверьте и введите ещё раз.");
            }
            Map<String, String> before = grade.auditSnapshot();
            grade.setValue(normalized);
            grade.setEnteredBy(login);
            grade.setEnteredAt(Instant.now());
            history.record(grade, before, login, null);
        }
        em.flush();
        return new GradeBookCell(MarkValue.display(grade.getValue()), String.valueOf(grade.getVersion()));
    }

    /** A lesson's details: topic, homework, the work type of its marks, whether attendance was taken. */
    @RolesAllowed({SUBJECT_TEACHER, ADMIN})
    public GradeBook.Column updateLesson(
            @NotNull(message = "Не указан урок") Long lessonId,
            long expectedVersion,
            @Size(max = 500, message = "Тема — не длиннее 500 символов") String topic,
            @Size(max = 2000, message = "Домашнее задание — не длиннее 2000 символов") String homework,
            Long workTypeId,
            boolean attendanceTaken) {
        Lesson lesson = access.checkLesson(lessonId, Intent.WRITE);
        if (lesson.getVersion() != expectedVersion) {
            throw new ConflictException("Урок уже изменил другой пользователь — откройте его ещё раз");
        }
        checkPeriodOpen(lesson);
        WorkType type = workTypeId == null ? null : em.find(WorkType.class, workTypeId);
        if (workTypeId != null && (type == null || !type.getSchool().equals(lesson.getSchool()))) {
            throw new BusinessException("Неизвестный вид работы");
        }
        Instant now = Instant.now();
        String newTopic = blankToNull(topic);
        if (newTopic != null && lesson.getTopic() == null) {
            lesson.setTopicEnteredAt(now);
        }
        if (attendanceTaken && !lesson.isAttendanceTaken()) {
            lesson.setAttendanceTakenAt(now);
        }
        lesson.setTopic(newTopic);
        lesson.setHomework(blankToNull(homework));
        lesson.setWorkType(type);
        lesson.setAttendanceTaken(attendanceTaken);
        em.flush();
        return new GradeBook.Column(
                lesson.getId(),
                lesson.getVersion(),
                lesson.getLessonDate(),
                lesson.getPeriodNo(),
                lesson.getTopic(),
                lesson.getHomework(),
                type == null ? null : type.getId(),
                type == null ? null : type.getName(),
                type == null ? 1 : type.getWeight(),
                lesson.isAttendanceTaken(),
                lesson.isCancelled(),
                lesson.getCancelReason(),
                lesson.getReplacementTeacher() == null
                        ? null
                        : lesson.getReplacementTeacher().shortName());
    }

    // ------------------------------------------------------------------ access and rules

    /**
     * The assignment if the caller may read (or change) its journal: its subject teacher; to read, also
     * the administrator, the deputy director and the class teacher of its class. Two statements: the
     * caller's ids, and the assignment with every to-one relation it holds joined in.
     */
    private TeachingAssignment assignment(Long id, Intent intent) {
        return assignment(id, intent, access.callerIds());
    }

    private TeachingAssignment assignment(Long id, Intent intent, CallerIds caller) {
        TypedQuery<TeachingAssignment> query = em.createQuery(
                        "select a from TeachingAssignment a where a.id = :id", TeachingAssignment.class)
                .setParameter("id", id);
        for (String path : ASSIGNMENT_GRAPH) {
            query.setHint(LEFT_JOIN_FETCH, path);
        }
        TeachingAssignment a = query.getResultStream().findFirst().orElse(null);
        if (a == null || !a.getSchool().getId().equals(caller.schoolId())) {
            throw new AccessDeniedException(DENIED);
        }
        Long staff = caller.staffMemberId();
        boolean own = access.callerHas(Role.SUBJECT_TEACHER)
                && staff != null
                && staff.equals(a.getTeacher().getId());
        boolean admin = access.callerHas(Role.ADMIN);
        boolean allowed = intent == Intent.WRITE
                ? (own && !ended(a)) || admin
                : own
                        || admin
                        || access.callerHas(Role.DEPUTY_DIRECTOR)
                        || (access.callerHas(Role.CLASS_TEACHER)
                                && staff != null
                                && a.getSchoolClass().getClassTeacher() != null
                                && staff.equals(
                                        a.getSchoolClass().getClassTeacher().getId()));
        if (!allowed && intent == Intent.READ && staff != null) {
            allowed = replacesIn(a, staff);
        }
        if (!allowed) {
            throw new AccessDeniedException(DENIED);
        }
        return a;
    }

    /** An assignment that has ended before today: its teacher was replaced and no longer writes. */
    private static boolean ended(TeachingAssignment a) {
        return a.getEndDate() != null && a.getEndDate().isBefore(LocalDate.now());
    }

    /** The caller replaces (замена) a lesson of the assignment's class, subject and group: they read its grid. */
    private boolean replacesIn(TeachingAssignment a, Long staff) {
        TypedQuery<Long> query = em.createQuery(
                """
                        select count(l) from Lesson l where l.replacementTeacher.id = :staff
                        and l.schoolClass = :schoolClass and l.subject = :subject and """ + (a.getSubgroup() == null ? " l.subgroup is null" : " l.subgroup = :subgroup"), Long.class);
        query.setParameter("staff", staff)
                .setParameter("schoolClass", a.getSchoolClass())
                .setParameter("subject", a.getSubject());
        if (a.getSubgroup() != null) {
            query.setParameter("subgroup", a.getSubgroup());
        }
        return query.getSingleResult() > 0;
    }

    /** EclipseLink builds relations in name order: the year comes before the school, so its school is joined too. */
    private static final List<String> ASSIGNMENT_GRAPH = List.of(
            "a.academicYear.school",
            "a.school",
            "a.teacher",
            "a.schoolClass",
            "a.schoolClass.academicYear",
            "a.schoolClass.classTeacher",
            "a.subgroup",
            "a.subgroup.teacher",
            "a.subject");

    private StudyPeriod period(TeachingAssignment a, Long periodId) {
        StudyPeriod period = em.find(StudyPeriod.class, periodId);
        if (period == null || !period.getAcademicYear().equals(a.getAcademicYear())) {
            throw new BusinessException("Учебный период не относится к году этой нагрузки");
        }
        return period;
    }

    private static void checkEditable(Lesson lesson, CellContext cell) {
        Student student = cell.student();
        if (student == null) {
            throw new BusinessException("Ученик не учится в классе этого урока");
        }
        if (!cell.inClassOnDay()) {
            throw new BusinessException(
                    cell.transferred()
                            ? "Ученик переведён: в день урока он не учился в классе "
                                    + lesson.getSchoolClass().getName() + ", эта клетка только для чтения"
                            : "Ученик не учится в классе этого урока");
        }
        if (lesson.getSubgroup() != null && !cell.inSubgroup()) {
            throw new BusinessException("Ученик не входит в подгруппу этого урока");
        }
        if (student.getStatus() != StudentStatus.STUDYING) {
            throw new BusinessException("Ученик выбыл: его отметки доступны только для чтения");
        }
        if (lesson.isCancelled()) {
            throw new BusinessException("Урок отменён");
        }
        if (cell.closedPeriod() != null) {
            throw closedPeriod(cell.closedPeriod());
        }
    }

    private static BusinessException closedPeriod(String name) {
        return ru.ejournal.school.control.ClosedPeriods.refusal(name);
    }

    private void checkPeriodOpen(Lesson lesson) {
        List<String> closed = em.createQuery("""
                        select p.name from StudyPeriod p where p.school = :school and p.closed = true
                        and p.startDate <= :day and p.endDate >= :day""", String.class)
                .setParameter("school", lesson.getSchool())
                .setParameter("day", lesson.getLessonDate())
                .getResultList();
        if (!closed.isEmpty()) {
            throw closedPeriod(closed.get(0));
        }
    }

    /** What a teacher typed into a cell. */
    record Typed(AbsenceCode absence, List<String> marks) {}

    static Typed parse(String input, boolean passFail) {
        AbsenceCode absence = null;
        List<String> marks = new ArrayList<>();
        if (input != null) {
            for (String token : input.strip().toUpperCase(Locale.ROOT).split("[\\s,;/]+")) {
                if (token.isEmpty()) {
                    continue;
                }
                AbsenceCode code = absenceCode(token);
                if (code != null) {
                    if (absence != null) {
                        throw new BusinessException("В клетке может быть только один код пропуска");
                    }
                    absence = code;
                } else if (passFail
                        ? token.equals(Mark.PASS) || token.equals(Mark.FAIL)
                        : token.length() == 1 && token.charAt(0) >= '1' && token.charAt(0) <= '5') {
                    marks.add(token);
                } else {
                    throw new BusinessException("«" + token + "» — не отметка. "
                            + (passFail
                                    ? "По этому предмету ставится «зач» или «незач»"
                                    : "Отметка — целое число от 1 до 5")
                            + "; коды пропусков: Н, Б, У, П, ОП");
                }
            }
        }
        if (marks.size() > MAX_MARKS_PER_CELL) {
            throw new BusinessException("Не больше " + MAX_MARKS_PER_CELL + " отметок за один урок");
        }
        return new Typed(absence, marks);
    }

    private static AbsenceCode absenceCode(String token) {
        for (AbsenceCode code : AbsenceCode.values()) {
            if (code.label().equals(token)) {
                return code;
            }
        }
        return null;
    }

    /** Writes the typed absence code; returns the cell's absence afterwards (null if none). */
    private Absence applyAbsence(
            Lesson lesson, Student student, Absence absence, AbsenceCode code, String login, Instant now) {
        if (code == null && absence != null) {
            em.persist(new ChangeRecord(
                    lesson.getSchool(),
                    absence.auditType(),
                    absence.getId(),
                    "code",
                    absence.getCode().name(),
                    null,
                    login,
                    now));
            em.remove(absence);
            return null;
        } else if (code != null && absence == null) {
            Absence created = new Absence(lesson, student, code, login, now);
            em.persist(created);
            history.record(created, Map.of(), login, null);
            return created;
        } else if (code != null && absence.getCode() != code) {
            Map<String, String> before = absence.auditSnapshot();
            absence.setCode(code);
            absence.setEnteredBy(login);
            absence.setEnteredAt(now);
            history.record(absence, before, login, null);
        }
        return absence;
    }

    /** Writes the typed marks over the cell's marks, in order; returns the cell's marks afterwards. */
    private List<Mark> applyMarks(
            Lesson lesson, Student student, List<Mark> marks, List<String> values, String login, Instant now) {
        List<Mark> result = new ArrayList<>();
        for (int i = 0; i < Math.max(marks.size(), values.size()); i++) {
            if (i >= values.size()) {
                Mark gone = marks.get(i);
                em.persist(new ChangeRecord(
                        lesson.getSchool(),
                        gone.auditType(),
                        gone.getId(),
                        "value",
                        gone.getValue(),
                        null,
                        login,
                        now));
                history.recordRemoval(gone, login, now, "value");
                em.remove(gone);
            } else if (i >= marks.size()) {
                Mark mark = new Mark(lesson, student, values.get(i), lesson.getWorkType(), login, now);
                em.persist(mark);
                history.record(mark, Map.of(), login, null);
                result.add(mark);
            } else {
                Mark mark = marks.get(i);
                if (!mark.getValue().equals(values.get(i))) {
                    Map<String, String> before = mark.auditSnapshot();
                    mark.setValue(values.get(i));
                    history.record(mark, before, login, null);
                }
                result.add(mark);
            }
        }
        return result;
    }

    private GradeBookCell cellOf(Lesson lesson, Student student, boolean passFail) {
        List<Mark> marks = em.createQuery(
                        "select m from Mark m where m.lesson = :lesson and m.student = :student order by m.enteredAt, m.id",
                        Mark.class)
                .setParameter("lesson", lesson)
                .setParameter("student", student)
                .getResultList();
        Absence absence = em.createQuery(
                        "select a from Absence a where a.lesson = :lesson and a.student = :student", Absence.class)
                .setParameter("lesson", lesson)
                .setParameter("student", student)
                .getResultStream()
                .findFirst()
                .orElse(null);
        return CellParts.of(marks, absence).cell(passFail);
    }

    private MarkSummary summary(Lesson lesson, Student student, LocalDate from, LocalDate to, boolean passFail) {
        List<Weighted> marks = em.createQuery("""
                        select m.value, m.weight from Mark m join m.lesson l
                        where m.student = :student and l.subject = :subject and l.cancelled = false
                          and l.lessonDate between :from and :to order by m.enteredAt, m.id""", Object[].class)
                .setParameter("student", student)
                .setParameter("subject", lesson.getSubject())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .map(r -> new Weighted((String) r[0], (Integer) r[1]))
                .toList();
        School school = lesson.getSchool();
        return Averages.summarize(marks, school.getRoundingThreshold(), school.getMinMarksPerPeriod(), passFail);
    }

    /**
     * The grid's pupils: id, names, status and their days in the class (from, until; null = open). A
     * class's pupils in a period are those whose class history puts them in it on some day of the
     * period, or, with no history, whose class it is (see {@code StudentClassMembership}).
     */
    private List<Object[]> students(TeachingAssignment a, StudyPeriod period) {
        List<Object[]> rows;
        if (a.getSubgroup() != null) {
            rows = em.createQuery("""
                    select s.id, s.lastName, s.firstName, s.patronymic, s.status, mb.validFrom, mb.validTo
                    from Student s
                    left join StudentClassMembership mb on mb.student = s and mb.schoolClass.id = :classId
                    where s.id in (select gm.id from Subgroup g join g.members gm where g.id = :groupId)
                    order by s.lastName, s.firstName, s.patronymic""", Object[].class)
                    .setParameter("groupId", a.getSubgroup().getId())
                    .setParameter("classId", a.getSchoolClass().getId())
                    .getResultList();
        } else {
            rows = em.createQuery("""
                    select s.id, s.lastName, s.firstName, s.patronymic, s.status, mb.validFrom, mb.validTo
                    from Student s
                    left join StudentClassMembership mb on mb.student = s and mb.schoolClass.id = :classId
                    where (s.schoolClass.id = :classId
                           and not exists (select x from StudentClassMembership x where x.student = s))
                       or (mb.id is not null and (mb.validFrom is null or mb.validFrom <= :to)
                           and (mb.validTo is null or mb.validTo >= :from))
                    order by s.lastName, s.firstName, s.patronymic""", Object[].class)
                    .setParameter("classId", a.getSchoolClass().getId())
                    .setParameter("from", period.getStartDate())
                    .setParameter("to", period.getEndDate())
                    .getResultList();
        }
        // a pupil back in a class they left has two spans: one row, from the first day to the last
        Map<Long, Object[]> byStudent = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Object[] seen = byStudent.putIfAbsent((Long) r[0], r);
            if (seen != null) {
                seen[5] = seen[5] == null || r[5] == null ? null : min((LocalDate) seen[5], (LocalDate) r[5]);
                seen[6] = seen[6] == null || r[6] == null ? null : max((LocalDate) seen[6], (LocalDate) r[6]);
            }
        }
        return new ArrayList<>(byStudent.values());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The JPQL condition that the mark's pupil {@code gs} is one of the grid's (over the lesson filter's parameters). */
    private static String gridPupils(Long subgroupId) {
        return subgroupId == null
                ? "(gs.schoolClass.id = :classId or exists (select gx from StudentClassMembership gx"
                        + " where gx.student = gs and gx.schoolClass.id = :classId))"
                : "exists (select gg from Subgroup gg join gg.members gm"
                        + " where gg.id = :subgroupId and gg.schoolClass.id = :classId and gm = gs)";
    }

    /**
     * The grid's lessons: the whole-class ones for a whole-class assignment; for a subgroup's, the
     * subgroup's lessons and, once the subject is split (no whole-class assignment left), the class's
     * whole-class lessons of the subject from before the split, so that the marks given there stay in
     * sight (read-only unless the caller taught them).
     */
    private static String subgroupCondition(Long subgroupId, boolean withWholeClass) {
        return subgroupId == null
                ? "l.subgroup is null"
                : withWholeClass
                        ? "(l.subgroup.id = :subgroupId or l.subgroup is null)"
                        : "l.subgroup.id = :subgroupId";
    }

    /** Whether the subgroup's subject is split with no whole-class assignment left (one statement, subgroup grids only). */
    private boolean splitMidYear(TeachingAssignment a) {
        return em.createQuery("""
                        select count(wa) from TeachingAssignment wa
                        where wa.schoolClass = :c and wa.subject = :s and wa.subgroup is null""", Long.class)
                        .setParameter("c", a.getSchoolClass())
                        .setParameter("s", a.getSubject())
                        .getSingleResult()
                == 0;
    }

    private static <T> TypedQuery<T> lessonFilter(TypedQuery<T> query, TeachingAssignment a, StudyPeriod period) {
        query.setParameter("classId", a.getSchoolClass().getId())
                .setParameter("subjectId", a.getSubject().getId())
                .setParameter("from", period.getStartDate())
                .setParameter("to", period.getEndDate());
        if (a.getSubgroup() != null) {
            query.setParameter("subgroupId", a.getSubgroup().getId());
        }
        return query;
    }

    private static PeriodGradeKind gradeKind(StudyPeriod period) {
        return period.getKind() == StudyPeriodKind.YEAR ? PeriodGradeKind.YEAR : PeriodGradeKind.PERIOD;
    }

    static String normalizeGrade(String value, boolean passFail) {
        String normalized;
        try {
            normalized = PeriodGrade.normalize(value);
        } catch (IllegalArgumentException e) {
            throw new BusinessException(
                    passFail
                            ? "Итоговая отметка по этому предмету — «зач», «незач» или «н/а»"
                            : "Итоговая отметка — целое число от 1 до 5 или «н/а»");
        }
        boolean passFailValue = normalized.equals(Mark.PASS) || normalized.equals(Mark.FAIL);
        boolean numeric = normalized.length() == 1;
        if (passFail ? numeric : passFailValue) {
            throw new BusinessException(
                    passFail
                            ? "Итоговая отметка по этому предмету — «зач», «незач» или «н/а»"
                            : "Итоговая отметка — целое число от 1 до 5 или «н/а»");
        }
        return normalized;
    }

    private static String historyValue(boolean mark, String stored) {
        if (stored == null || mark) {
            return MarkValue.display(stored);
        }
        try {
            return AbsenceCode.valueOf(stored).label();
        } catch (IllegalArgumentException e) {
            return stored;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static CellParts parts(Map<Long, Map<Long, CellParts>> cells, Long studentId, Long lessonId) {
        return cells.computeIfAbsent(studentId, k -> new HashMap<>()).computeIfAbsent(lessonId, k -> new CellParts());
    }

    /** An id, version and value of a mark or an absence in a cell. */
    record Stamped(long id, long version, String value) {}

    /** What a cell holds while the grid is being assembled. */
    static final class CellParts {
        Stamped absence;
        final List<Stamped> marks = new ArrayList<>();

        static CellParts of(List<Mark> marks, Absence absence) {
            CellParts parts = new CellParts();
            if (absence != null) {
                parts.absence = new Stamped(
                        absence.getId(), absence.getVersion(), absence.getCode().label());
            }
            marks.forEach(m -> parts.marks.add(new Stamped(m.getId(), m.getVersion(), m.getValue())));
            return parts;
        }

        String stamp() {
            List<String> parts = new ArrayList<>();
            if (absence != null) {
                parts.add("a" + absence.id() + "." + absence.version());
            }
            marks.forEach(m -> parts.add("m" + m.id() + "." + m.version()));
            return String.join(",", parts);
        }

        GradeBookCell cell(boolean passFail) {
            List<String> shown = new ArrayList<>();
            if (absence != null) {
                shown.add(absence.value());
            }
            marks.forEach(m -> shown.add(MarkValue.display(m.value())));
            return new GradeBookCell(shown.stream().collect(Collectors.joining(" ")), stamp());
        }
    }
}
