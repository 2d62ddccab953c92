package ru.ejournal.timetable.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.journal.boundary.PeriodOption;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.school.control.ClosedPeriods;
import ru.ejournal.school.entity.AcademicYear;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.timetable.control.LessonGenerator;
import ru.ejournal.timetable.control.TimetableRules;
import ru.ejournal.timetable.entity.GenerationItem;
import ru.ejournal.timetable.entity.LessonGeneration;

/**
 * Генерация уроков: the administrator creates the lessons of a study period (or of dates within the
 * current year) from the timetable, for the whole school or one class, as often as the timetable changes.
 * What {@link LessonGenerator} holds back (future lessons with marks, absences, a topic or homework, or
 * changed by hand) waits here for the administrator's decision: keep it, or cancel it with a reason.
 * The days of closed study periods are left as they are, and the result names those periods.
 */
@Stateless
public class LessonGenerationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    LessonGenerator generator;

    @Inject
    ClosedPeriods closedPeriods;

    /** The study periods of the school's current year. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR})
    public List<PeriodOption> periods() {
        AcademicYear year = currentYear(caller().getSchool());
        return em.createNamedQuery("StudyPeriod.findByYear", StudyPeriod.class)
                .setParameter("academicYearId", year.getId())
                .getResultStream()
                .map(p -> new PeriodOption(p.getId(), p.getName(), p.getStartDate(), p.getEndDate(), p.isClosed()))
                .toList();
    }

    /** Generates the lessons of a study period of the current year. */
    @RolesAllowed(ADMIN)
    public GenerationResult generateForPeriod(
            Long classId, @NotNull(message = "{school.period.select}") Long periodId) {
        School school = caller().getSchool();
        StudyPeriod period = em.find(StudyPeriod.class, periodId);
        if (period == null || !period.getSchool().equals(school)) {
            throw new BusinessException("timetable.generation.periodNotFound");
        }
        return generate(classId, period.getStartDate(), period.getEndDate());
    }

    /**
     * Generates the lessons of {@code from..to} (within the current academic year) for one class, or for
     * every class of the school when {@code classId} is null.
     */
    @RolesAllowed(ADMIN)
    public GenerationResult generate(
            Long classId,
            @NotNull(message = "{timetable.from.required}") LocalDate from,
            @NotNull(message = "{timetable.to.required}") LocalDate to) {
        UserAccount caller = caller();
        School school = caller.getSchool();
        SchoolClass only = classId == null ? null : access.checkClass(classId, Intent.WRITE);
        AcademicYear year = currentYear(school);
        if (only != null && !only.getAcademicYear().equals(year)) {
            throw new BusinessException("timetable.generation.classNotCurrent", only.getName());
        }
        if (to.isBefore(from)) {
            throw new BusinessException("timetable.generation.toBeforeFrom");
        }
        if (from.isBefore(year.getStartDate()) || to.isAfter(year.getEndDate())) {
            throw new BusinessException(
                    "timetable.generation.outsideYear",
                    year.getName(),
                    TimetableRules.date(year.getStartDate()),
                    TimetableRules.date(year.getEndDate()));
        }
        List<ClosedPeriods.Closed> closed = closedPeriods.closedBetween(school, from, to);
        LessonGeneration run = generator.generate(
                school,
                year,
                only,
                from,
                to,
                ClosedPeriods.days(closed, from, to),
                access.caller().getLogin());
        return result(run, closed.stream().map(ClosedPeriods.Closed::name).toList());
    }

    /** The lessons held for a decision, of the caller's school. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR})
    public List<HeldLesson> held() {
        School school = caller().getSchool();
        return em.createNamedQuery("GenerationItem.findPending", GenerationItem.class)
                .setParameter("schoolId", school.getId())
                .setParameter("held", GenerationItem.Action.HELD)
                .setMaxResults(500)
                .getResultStream()
                .map(i -> new HeldLesson(
                        i.getId(),
                        i.getLessonId(),
                        i.getLessonDate(),
                        i.getLessonNo(),
                        i.getDescription(),
                        i.getProposal()))
                .toList();
    }

    /** The administrator keeps a held lesson as it is: later generations leave it alone. */
    @RolesAllowed(ADMIN)
    public void keep(@NotNull(message = "{timetable.item.select}") Long itemId) {
        GenerationItem item = pending(itemId);
        item.decide(GenerationItem.Decision.KEEP, null, access.caller().getLogin(), Instant.now());
    }

    /**
     * The administrator cancels a held lesson with a reason: the lesson is marked cancelled (its marks and
     * absences stay with it) and leaves the timetable's care, so that the next generation puts the lesson
     * the timetable wants in its place. The reason is kept on the decision.
     */
    @RolesAllowed(ADMIN)
    public void cancel(@NotNull(message = "{timetable.item.select}") Long itemId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("timetable.held.cancelReason.required");
        }
        if (reason.strip().length() > 1000) {
            throw new BusinessException("timetable.held.cancelReason.tooLong");
        }
        GenerationItem item = pending(itemId);
        Lesson lesson = access.checkLesson(item.getLessonId(), Intent.WRITE);
        lesson.setCancelled(true);
        if (lesson.getCode() != null) {
            lesson.setCode(lesson.getCode() + "~" + lesson.getId());
        }
        em.createQuery("delete from GeneratedLesson g where g.lessonId = :id")
                .setParameter("id", lesson.getId())
                .executeUpdate();
        item.decide(
                GenerationItem.Decision.CANCEL, reason.strip(), access.caller().getLogin(), Instant.now());
    }

    /** The school's generations, newest first. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR})
    public List<GenerationRun> runs(int first, int max) {
        School school = caller().getSchool();
        Map<Long, String> classNames = new HashMap<>();
        em.createQuery("select c.id, c.code from SchoolClass c where c.school = :school", Object[].class)
                .setParameter("school", school)
                .getResultStream()
                .forEach(r -> classNames.put((Long) r[0], (String) r[1]));
        return em.createNamedQuery("LessonGeneration.findBySchool", LessonGeneration.class)
                .setParameter("schoolId", school.getId())
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultStream()
                .map(g -> new GenerationRun(
                        g.getRunAt(),
                        g.getRunBy(),
                        g.getSchoolClassId() == null ? null : classNames.get(g.getSchoolClassId()),
                        result(g, List.of())))
                .toList();
    }

    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR})
    public long countRuns() {
        School school = caller().getSchool();
        return em.createQuery("select count(g) from LessonGeneration g where g.school = :school", Long.class)
                .setParameter("school", school)
                .getSingleResult();
    }

    /** What one generation moved, removed or held, with the decisions taken. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR})
    public List<GenerationChange> changes(@NotNull(message = "{timetable.generation.select}") Long generationId) {
        School school = caller().getSchool();
        LessonGeneration run = em.find(LessonGeneration.class, generationId);
        if (run == null || !run.getSchool().equals(school)) {
            throw new BusinessException("timetable.generation.notFound");
        }
        return em.createNamedQuery("GenerationItem.findByGeneration", GenerationItem.class)
                .setParameter("generationId", generationId)
                .getResultStream()
                .map(i -> new GenerationChange(
                        i.getLessonDate(),
                        i.getLessonNo(),
                        i.getAction().name(),
                        i.getDescription(),
                        i.getProposal(),
                        i.getDecision() == null
                                ? null
                                : i.getDecision().name()
                                        + (i.getDecisionReason() == null ? "" : ": " + i.getDecisionReason())))
                .toList();
    }

    private GenerationItem pending(Long itemId) {
        School school = caller().getSchool();
        GenerationItem item = em.find(GenerationItem.class, itemId);
        if (item == null || !item.getSchool().equals(school)) {
            throw new BusinessException("timetable.held.notFound");
        }
        if (item.getAction() != GenerationItem.Action.HELD || item.getDecision() != null) {
            throw new BusinessException("timetable.held.decided");
        }
        return item;
    }

    /**
     * The signed-in administrator or deputy director ({@code @RolesAllowed} says which): everything here is
     * of their own school.
     */
    private UserAccount caller() {
        UserAccount caller = access.caller();
        if (caller.getSchool() == null) {
            throw new AccessDeniedException("common.noAccess");
        }
        return caller;
    }

    private AcademicYear currentYear(School school) {
        return em.createNamedQuery("AcademicYear.findCurrent", AcademicYear.class)
                .setParameter("schoolId", school.getId())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessException("timetable.generation.noCurrentYear"));
    }

    private static GenerationResult result(LessonGeneration run, List<String> closedPeriods) {
        return new GenerationResult(
                run.getId(),
                run.getDateFrom(),
                run.getDateTo(),
                run.getCreated(),
                run.getMoved(),
                run.getRemoved(),
                run.getHeld(),
                run.getKept(),
                run.getUnchanged(),
                closedPeriods);
    }
}
