package ru.ejournal.journal.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import ru.ejournal.attendance.entity.Absence;
import ru.ejournal.attendance.entity.AbsenceCode;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.ConflictException;
import ru.ejournal.common.control.JournalMeters;
import ru.ejournal.common.control.Texts;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.journal.control.Averages;
import ru.ejournal.journal.control.Averages.Weighted;
import ru.ejournal.journal.control.CellInput;
import ru.ejournal.journal.control.ConfirmationRequiredException;
import ru.ejournal.journal.control.GradeBookQueries;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.journal.entity.Mark;
import ru.ejournal.journal.entity.MarkValue;
import ru.ejournal.school.entity.Grading;
import ru.ejournal.school.entity.School;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.CallerFacts;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.control.AssignmentConditions;
import ru.ejournal.student.entity.Student;
import ru.ejournal.student.entity.StudentStatus;

/**
 * A cell of the journal grid as a teacher enters it: the marks and the absence of one student at one
 * lesson, saved on its own in one transaction, with its history and a conflict check; the cell as
 * stored now and its history. The one write path of lesson marks.
 */
@Stateless
public class GradeBookCellService {

    private static final String DENIED = "journal.noAccess";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    ChangeHistory history;

    @Inject
    JournalMeters meters;

    /**
     * Saves one cell as typed: an absence code and/or marks separated by blanks («Н», «5», «ОП 4», «5 4»,
     * empty to clear). {@code stamp} is the cell's stamp as the caller loaded it; if somebody changed the
     * cell since, nothing is saved and a {@link ConflictException} says so. A mark for a student marked
     * absent needs {@code confirmed}. With a {@code periodId} the student's new summary is returned.
     */
    @RolesAllowed({SUBJECT_TEACHER, ADMIN})
    public CellSaved saveCell(
            @NotNull(message = "{journal.lesson.required}") Long lessonId,
            @NotNull(message = "{journal.student.required}") Long studentId,
            @Size(max = 40, message = "{journal.cell.size}") String input,
            String stamp,
            boolean confirmed,
            Long periodId) {
        Lesson lesson = lessonToWrite(lessonId);
        CellContext cell = cellContext(lesson, studentId, periodId);
        access.checkLessonWrite(lesson, cell.caller());
        checkEditable(lesson, cell);
        Student student = cell.student();
        boolean passFail = lesson.getSubject().getGrading() == Grading.PASS_FAIL;
        CellInput typed = CellInput.parse(input, passFail);

        List<Mark> marks = cell.marks();
        Absence absence = cell.absence();
        CellParts current = CellParts.of(marks, absence);
        if (!Objects.equals(Objects.requireNonNullElse(stamp, ""), current.stamp())) {
            throw new ConflictException(
                    "journal.cell.conflict",
                    current.cell().text(),
                    Objects.requireNonNullElse(input, "").strip());
        }
        if (typed.absence() != null
                && typed.absence().missed()
                && !typed.marks().isEmpty()
                && !confirmed) {
            throw new ConfirmationRequiredException(
                    "journal.cell.markAbsent", typed.absence().label());
        }
        String login = access.login();
        Instant now = Instant.now();
        Absence absenceNow = applyAbsence(lesson, student, absence, typed.absence(), login, now);
        List<Mark> marksNow = applyMarks(lesson, student, marks, typed.marks(), login, now);
        em.flush();
        meters.cellSaved();

        MarkSummary summary = cell.periodStart() == null
                ? null
                : summary(lesson, student, cell.periodStart(), cell.periodEnd(), passFail);
        return new CellSaved(
                lessonId, studentId, CellParts.of(marksNow, absenceNow).cell(), summary);
    }

    /**
     * The lesson of a cell save with every to-one relation it holds (weaving is off, so they load
     * eagerly) joined into one statement; the caller's access is checked on it afterwards.
     */
    private Lesson lessonToWrite(Long lessonId) {
        TypedQuery<Lesson> query = em.createQuery("select l from Lesson l where l.id = :lessonId", Lesson.class)
                .setParameter("lessonId", lessonId);
        for (String path : LESSON_GRAPH) {
            query.setHint(GradeBookQueries.LEFT_JOIN_FETCH, path);
        }
        return query.getResultStream().findFirst().orElseThrow(() -> new AccessDeniedException(DENIED));
    }

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
                                        AssignmentConditions.coversGroup(lesson),
                                        AssignmentConditions.holdsOn(),
                                        AssignmentConditions.ended()),
                        Object[].class)
                .setParameter("login", access.login())
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
        return cellHistory(lessonId, studentId, Texts.RUSSIAN);
    }

    /** {@link #cellHistory(Long, Long)} with what changed («отметка», «пропуск») in {@code locale}. */
    @RolesAllowed({SUBJECT_TEACHER, CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR})
    public List<HistoryLine> cellHistory(@NotNull Long lessonId, @NotNull Long studentId, Locale locale) {
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
                            Texts.text(locale, mark ? "journal.cell.history.mark" : "journal.cell.history.absence"),
                            historyValue(mark, c.getOldValue()),
                            historyValue(mark, c.getNewValue()),
                            c.getChangedBy(),
                            c.getChangedAt(),
                            c.getReason());
                })
                .toList();
    }

    private static void checkEditable(Lesson lesson, CellContext cell) {
        Student student = cell.student();
        if (student == null) {
            throw new BusinessException("journal.cell.notInClass");
        }
        if (!cell.inClassOnDay()) {
            throw cell.transferred()
                    ? new BusinessException(
                            "journal.cell.transferred", lesson.getSchoolClass().getName())
                    : new BusinessException("journal.cell.notInClass");
        }
        if (lesson.getSubgroup() != null && !cell.inSubgroup()) {
            throw new BusinessException("journal.cell.notInSubgroup");
        }
        if (student.getStatus() != StudentStatus.STUDYING) {
            throw new BusinessException("journal.cell.departed");
        }
        if (lesson.isCancelled()) {
            throw new BusinessException("journal.cell.cancelled");
        }
        if (cell.closedPeriod() != null) {
            throw closedPeriod(cell.closedPeriod());
        }
    }

    private static BusinessException closedPeriod(String name) {
        return ru.ejournal.school.control.ClosedPeriods.refusal(name);
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
        return CellParts.of(marks, absence).cell();
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
}
