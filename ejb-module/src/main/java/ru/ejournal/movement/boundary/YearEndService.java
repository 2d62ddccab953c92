package ru.ejournal.movement.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.movement.control.ClassMoves;
import ru.ejournal.movement.entity.YearEndRun;
import ru.ejournal.school.entity.AcademicYear;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.school.entity.TeachingAssignment;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.student.entity.Student;
import ru.ejournal.student.entity.StudentStatus;
import ru.ejournal.timetable.control.TimetableCopier;

/**
 * Завершение учебного года (перевод в следующий класс), one action of the school's administrator:
 * every class of the current year below the school's last grade gets its next-grade class in the
 * next year (5А → 6А; found, or created with the same class teacher), and its studying pupils move
 * there from 1 September (their class history keeps the old class up to 31 August, so the old
 * class, its grids and period grades stay as they were and readable); the pupils of the last grade
 * graduate (выпуск, status GRADUATED); pupils who departed during the year stay in the old class and
 * are archived. The whole-class teaching assignments are copied into the new classes as a draft for
 * review: the new year is not made current here, so teachers see them only once the administrator
 * makes it current. Subgroup assignments are not copied: the class teacher splits the class anew each
 * year (D4). The last grade is the action's parameter (11 by default; 9 for a basic school, 4 for a
 * primary one). The next year runs 1 September – 31 August; it is created if missing, with the old
 * year's study periods moved one year on. One run per school and year: a second is refused.
 */
@Stateless
public class YearEndService {

    public static final int DEFAULT_LAST_GRADE = 11;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    ChangeHistory history;

    @Inject
    ClassMoves moves;

    @Inject
    TimetableCopier timetableCopier;

    /** The current year's promotion if already done, else null. */
    @RolesAllowed(ADMIN)
    public YearEndResult done() {
        AcademicYear year = currentYear(access.callerSchool());
        return year == null ? null : run(year);
    }

    /** The current year of the caller's school, by name, or null. */
    @RolesAllowed(ADMIN)
    public String currentYearName() {
        AcademicYear year = currentYear(access.callerSchool());
        return year == null ? null : year.getName();
    }

    @RolesAllowed(ADMIN)
    public YearEndResult promote(
            @Min(value = 1, message = "{movement.lastGrade.range}")
                    @Max(value = 12, message = "{movement.lastGrade.range}")
                    int lastGrade) {
        School school = access.checkSchool(access.callerSchool().getId(), AccessControl.Intent.WRITE);
        AcademicYear year = currentYear(school);
        if (year == null) {
            throw new BusinessException("movement.yearEnd.noCurrentYear");
        }
        YearEndResult earlier = run(year);
        if (earlier != null) {
            throw new BusinessException(
                    "movement.yearEnd.done",
                    year.getName(),
                    earlier.runBy(),
                    earlier.runAt().atZone(ZoneId.systemDefault()).toLocalDate().format(DATE));
        }
        String by = access.caller().getLogin();
        List<String> notes = new ArrayList<>();
        AcademicYear next = nextYear(year, notes);
        LocalDate firstDay = next.getStartDate();
        int promoted = 0;
        int graduated = 0;
        int archived = 0;
        int created = 0;
        int copied = 0;
        for (SchoolClass c : em.createNamedQuery("SchoolClass.findByYear", SchoolClass.class)
                .setParameter("academicYearId", year.getId())
                .getResultList()) {
            List<Student> pupils = em.createNamedQuery("Student.findByClass", Student.class)
                    .setParameter("schoolClassId", c.getId())
                    .getResultList();
            for (Student s : pupils) {
                if (s.getStatus() == StudentStatus.DEPARTED && s.getArchivedOn() == null) {
                    Map<String, String> before = s.auditSnapshot();
                    s.setArchivedOn(LocalDate.now());
                    history.record(s, before, by, Texts.text("movement.history.archived", year.getName()));
                    archived++;
                }
            }
            List<Student> studying = pupils.stream().filter(Student::isStudying).toList();
            if (c.getGrade() >= lastGrade) {
                for (Student s : studying) {
                    Map<String, String> before = s.auditSnapshot();
                    s.setStatus(StudentStatus.GRADUATED);
                    history.record(
                            s, before, by, Texts.text("movement.history.graduated", c.getName(), year.getName()));
                    graduated++;
                }
                continue;
            }
            SchoolClass target = em.createNamedQuery("SchoolClass.findByYearAndCode", SchoolClass.class)
                    .setParameter("academicYearId", next.getId())
                    .setParameter("code", new SchoolClass(next, c.getGrade() + 1, c.getLetter()).getCode())
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (target == null) {
                target = new SchoolClass(next, c.getGrade() + 1, c.getLetter());
                target.setClassTeacher(c.getClassTeacher());
                em.persist(target);
                created++;
            }
            copied += copyAssignments(c, target, notes);
            // the class's timetable goes with it as a draft of the new year, for the administrator to review
            try {
                TimetableCopier.CopyResult copy = timetableCopier.copy(c, target, firstDay, by);
                if (!copy.skipped().isEmpty()) {
                    notes.add(Texts.text(
                            "movement.yearEnd.timetableSkipped", target.getName(), String.join(", ", copy.skipped())));
                }
            } catch (BusinessException noTimetable) {
                notes.add(target.getName() + ": " + noTimetable.getMessage());
            }
            for (Student s : studying) {
                moves.move(
                        s,
                        target,
                        firstDay,
                        null,
                        by,
                        Texts.text("movement.history.promoted", c.getName(), target.getName(), next.getName()));
                promoted++;
            }
        }
        YearEndRun run = new YearEndRun(year, next, lastGrade, by, Instant.now());
        run.count(promoted, graduated, archived, created, copied);
        em.persist(run);
        em.flush();
        return result(run, notes);
    }

    /** Copies the class's whole-class assignments into the next-year class, unless already there. */
    private int copyAssignments(SchoolClass from, SchoolClass to, List<String> notes) {
        List<TeachingAssignment> existing = em.createNamedQuery(
                        "TeachingAssignment.findByClass", TeachingAssignment.class)
                .setParameter("schoolClassId", to.getId())
                .getResultList();
        int copied = 0;
        List<String> split = new ArrayList<>();
        for (TeachingAssignment a : em.createNamedQuery("TeachingAssignment.findByClass", TeachingAssignment.class)
                .setParameter("schoolClassId", from.getId())
                .getResultList()) {
            if (a.getSubgroup() != null) {
                if (!split.contains(a.getSubject().getName())) {
                    split.add(a.getSubject().getName());
                }
                continue;
            }
            boolean there = existing.stream()
                    .anyMatch(e -> e.getSubgroup() == null
                            && e.getSubject().equals(a.getSubject())
                            && e.getTeacher().equals(a.getTeacher()));
            if (!there) {
                em.persist(new TeachingAssignment(a.getTeacher(), to, null, a.getSubject()));
                copied++;
            }
        }
        if (!split.isEmpty()) {
            notes.add(Texts.text("movement.yearEnd.subgroupsNotCopied", to.getName(), String.join(", ", split)));
        }
        return copied;
    }

    /** The year after {@code year}: found by its first day or name, else created (1 September – 31 August). */
    private AcademicYear nextYear(AcademicYear year, List<String> notes) {
        int startYear = year.getEndDate().getMonthValue() >= 9
                ? year.getEndDate().getYear() + 1
                : year.getEndDate().getYear();
        LocalDate start = LocalDate.of(startYear, 9, 1);
        LocalDate end = LocalDate.of(startYear + 1, 8, 31);
        String name = startYear + "/" + (startYear + 1);
        AcademicYear next = em.createNamedQuery("AcademicYear.findBySchool", AcademicYear.class)
                .setParameter("schoolId", year.getSchool().getId())
                .getResultStream()
                .filter(y -> y.getName().equals(name) || y.getStartDate().equals(start))
                .findFirst()
                .orElse(null);
        if (next != null) {
            return next;
        }
        next = new AcademicYear(year.getSchool(), name, start, end);
        em.persist(next);
        for (StudyPeriod p : em.createNamedQuery("StudyPeriod.findByYear", StudyPeriod.class)
                .setParameter("academicYearId", year.getId())
                .getResultList()) {
            LocalDate from = max(p.getStartDate().plusYears(1), start);
            LocalDate to = min(p.getEndDate().plusYears(1), end);
            if (!to.isBefore(from)) {
                em.persist(new StudyPeriod(next, p.getCode(), p.getName(), p.getKind(), from, to));
            }
        }
        notes.add(Texts.text("movement.yearEnd.yearCreated", name, start.format(DATE), end.format(DATE)));
        return next;
    }

    private YearEndResult run(AcademicYear year) {
        return em.createQuery("select r from YearEndRun r where r.fromYear = :year", YearEndRun.class)
                .setParameter("year", year)
                .getResultStream()
                .findFirst()
                .map(r -> result(r, List.of()))
                .orElse(null);
    }

    private static YearEndResult result(YearEndRun r, List<String> notes) {
        return new YearEndResult(
                r.getFromYear().getName(),
                r.getToYear().getId(),
                r.getToYear().getName(),
                r.getLastGrade(),
                r.getPromoted(),
                r.getGraduated(),
                r.getArchived(),
                r.getClassesCreated(),
                r.getAssignmentsCopied(),
                r.getRunBy(),
                r.getRunAt(),
                List.copyOf(notes));
    }

    private AcademicYear currentYear(School school) {
        return em.createNamedQuery("AcademicYear.findCurrent", AcademicYear.class)
                .setParameter("schoolId", school.getId())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
