package ru.ejournal.journal.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.school.control.ClosedPeriods;
import ru.ejournal.staff.entity.StaffMember;

/**
 * The rules of a change to a single lesson (замена, отмена, перенос, дополнительный урок), without
 * the access check (the caller's service does it): what may change and what must be refused. Every
 * change is written to the change history as records of entity type {@code Lesson} with the reason.
 *
 * <ul>
 * <li>Nothing changes in a closed period: a lesson is neither cancelled, restored, replaced nor moved
 * there, nor moved out of or into it, and no extra lesson is added in it.</li>
 * <li>A lesson that has marks or absences is neither cancelled nor moved: the refusal says how many,
 * and the teacher clears them in the grid first (so that nothing disappears without its own history
 * record).</li>
 * <li>A moved or extra lesson must not take the place of another lesson of the class (a whole-class
 * lesson clashes with any; subgroup lessons clash with the same subgroup's) or of the teacher.</li>
 * </ul>
 *
 * <p>{@link #cancel(Lesson, String, String)} is the one entry point for cancelling a lesson from another
 * area too (e.g. after a change of the timetable).
 */
@Dependent
public class LessonChanges {

    /** The entity type of a lesson's change records. */
    public static final String ENTITY = "Lesson";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    ClosedPeriods closedPeriods;

    /** Cancels the lesson with a reason; refused with marks or absences, or in a closed period. */
    public void cancel(Lesson lesson, String reason, String login) {
        String why = required(reason, "journal.lesson.cancelReason.required");
        if (lesson.isCancelled()) {
            throw new BusinessException("journal.lesson.alreadyCancelled");
        }
        closedPeriods.checkOpen(lesson.getSchool(), lesson.getLessonDate());
        refuseWithData(lesson, "journal.lesson.hasData.cancel");
        lesson.setCancelled(true);
        lesson.setCancelReason(why);
        record(lesson, "cancelled", "false", "true", login, why);
    }

    /** Gives a cancelled lesson back (a cancellation by mistake); the reason goes to the history. */
    public void restore(Lesson lesson, String reason, String login) {
        String why = required(reason, "journal.lesson.restoreReason.required");
        if (!lesson.isCancelled()) {
            throw new BusinessException("journal.lesson.notCancelled");
        }
        closedPeriods.checkOpen(lesson.getSchool(), lesson.getLessonDate());
        refuseClash(lesson, lesson.getLessonDate(), lesson.getPeriodNo(), lesson.getTeacher());
        lesson.setCancelled(false);
        record(lesson, "cancelled", "true", "false", login, why);
        lesson.setCancelReason(null);
    }

    /** Moves the lesson to another day and/or lesson number. */
    public void move(Lesson lesson, LocalDate day, int periodNo, String reason, String login) {
        String why = required(reason, "journal.lesson.moveReason.required");
        if (day == null) {
            throw new BusinessException("journal.lesson.newDate.missing");
        }
        checkPeriodNo(periodNo);
        if (lesson.isCancelled()) {
            throw new BusinessException("journal.lesson.moveCancelled");
        }
        if (day.equals(lesson.getLessonDate()) && periodNo == lesson.getPeriodNo()) {
            throw new BusinessException("journal.lesson.sameSlot");
        }
        closedPeriods.checkOpen(lesson.getSchool(), lesson.getLessonDate());
        checkDay(lesson, day);
        refuseWithData(lesson, "journal.lesson.hasData.move");
        refuseClash(lesson, day, periodNo, lesson.getTeacher());
        LocalDate oldDay = lesson.getLessonDate();
        int oldNo = lesson.getPeriodNo();
        lesson.setLessonDate(day);
        lesson.setPeriodNo(periodNo);
        if (!oldDay.equals(day)) {
            record(lesson, "lessonDate", oldDay.toString(), day.toString(), login, why);
        }
        if (oldNo != periodNo) {
            record(lesson, "periodNo", String.valueOf(oldNo), String.valueOf(periodNo), login, why);
        }
    }

    /** Sets (or, with {@code null}, removes) the teacher who replaces the lesson's teacher for it. */
    public void replace(Lesson lesson, StaffMember teacher, String reason, String login) {
        String why = required(reason, "journal.lesson.replaceReason.required");
        if (lesson.isCancelled()) {
            throw new BusinessException("journal.lesson.replaceCancelled");
        }
        closedPeriods.checkOpen(lesson.getSchool(), lesson.getLessonDate());
        if (teacher != null) {
            if (!teacher.getSchool().equals(lesson.getSchool())) {
                throw new BusinessException("journal.lesson.replacementNotStaff");
            }
            if (teacher.equals(lesson.getTeacher())) {
                throw new BusinessException("journal.lesson.replacementIsTeacher");
            }
            refuseTeacherBusy(lesson, lesson.getLessonDate(), lesson.getPeriodNo(), teacher);
        } else if (lesson.getReplacementTeacher() == null) {
            throw new BusinessException("journal.lesson.noReplacement");
        }
        StaffMember before = lesson.getReplacementTeacher();
        if (Objects.equals(before, teacher)) {
            throw new BusinessException("journal.lesson.alreadyReplacing");
        }
        lesson.setReplacementTeacher(teacher);
        record(lesson, "replacementTeacher", id(before), id(teacher), login, why);
    }

    /** Stores an extra lesson (its class, subgroup, subject and teacher are set) on an open day. */
    public Lesson addExtra(Lesson lesson, String reason, String login) {
        checkPeriodNo(lesson.getPeriodNo());
        checkDay(lesson, lesson.getLessonDate());
        refuseClash(lesson, lesson.getLessonDate(), lesson.getPeriodNo(), lesson.getTeacher());
        em.persist(lesson);
        em.flush();
        String why = reason == null || reason.isBlank() ? Texts.text("journal.lesson.extraReason") : reason.strip();
        record(lesson, "created", null, lesson.getLessonDate() + " №" + lesson.getPeriodNo(), login, why);
        return lesson;
    }

    private void checkDay(Lesson lesson, LocalDate day) {
        if (!lesson.getSchoolClass().getAcademicYear().contains(day)) {
            throw new BusinessException("journal.lesson.outsideYear", DAY.format(day));
        }
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            throw new BusinessException("journal.lesson.sunday");
        }
        closedPeriods.checkOpen(lesson.getSchool(), day);
    }

    private static void checkPeriodNo(int periodNo) {
        if (periodNo < 0 || periodNo > 12) {
            throw new BusinessException("journal.lesson.periodNoRange");
        }
    }

    /** Refuses a change of a lesson with marks or absences; {@code refusal} is the key of the change's refusal. */
    private void refuseWithData(Lesson lesson, String refusal) {
        long marks = em.createQuery("select count(m) from Mark m where m.lesson = :lesson", Long.class)
                .setParameter("lesson", lesson)
                .getSingleResult();
        long absences = em.createQuery("select count(a) from Absence a where a.lesson = :lesson", Long.class)
                .setParameter("lesson", lesson)
                .getSingleResult();
        if (marks + absences > 0) {
            throw new BusinessException(refusal, DAY.format(lesson.getLessonDate()), marks, absences);
        }
    }

    private void refuseClash(Lesson lesson, LocalDate day, int periodNo, StaffMember teacher) {
        TypedQuery<Long> query = em.createQuery(
                """
                        select count(l) from Lesson l where l.schoolClass = :schoolClass and l.lessonDate = :day
                        and l.periodNo = :no and l.cancelled = false and l.id <> :lessonId""" + (lesson.getSubgroup() == null ? "" : " and (l.subgroup is null or l.subgroup.id = :subgroupId)"),
                Long.class);
        query.setParameter("schoolClass", lesson.getSchoolClass())
                .setParameter("day", day)
                .setParameter("no", periodNo)
                .setParameter("lessonId", lesson.getId() == null ? -1L : lesson.getId());
        if (lesson.getSubgroup() != null) {
            query.setParameter("subgroupId", lesson.getSubgroup().getId());
        }
        long clash = query.getSingleResult();
        if (clash > 0) {
            throw new BusinessException(
                    "journal.lesson.classBusy", lesson.getSchoolClass().getName(), DAY.format(day), periodNo);
        }
        refuseTeacherBusy(lesson, day, periodNo, teacher);
    }

    private void refuseTeacherBusy(Lesson lesson, LocalDate day, int periodNo, StaffMember teacher) {
        Long busy = em.createQuery("""
                        select count(l) from Lesson l where (l.teacher = :teacher or l.replacementTeacher = :teacher)
                        and l.lessonDate = :day and l.periodNo = :no and l.cancelled = false and l.id <> :lessonId""", Long.class)
                .setParameter("teacher", teacher)
                .setParameter("day", day)
                .setParameter("no", periodNo)
                .setParameter("lessonId", lesson.getId() == null ? -1L : lesson.getId())
                .getSingleResult();
        if (busy > 0) {
            throw new BusinessException("journal.lesson.teacherBusy", teacher.shortName(), DAY.format(day), periodNo);
        }
    }

    private void record(Lesson lesson, String field, String oldValue, String newValue, String login, String reason) {
        ChangeRecord change = new ChangeRecord(
                lesson.getSchool(), ENTITY, lesson.getId(), field, oldValue, newValue, login, Instant.now());
        change.setReason(reason);
        em.persist(change);
    }

    private static String id(StaffMember member) {
        return member == null ? null : member.getId().toString();
    }

    private static String required(String reason, String missing) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException(missing);
        }
        String why = reason.strip();
        if (why.length() > 500) {
            throw new BusinessException("journal.lesson.reasonTooLong");
        }
        return why;
    }
}
