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
        String why = required(reason, "Укажите причину отмены урока");
        if (lesson.isCancelled()) {
            throw new BusinessException("Урок уже отменён");
        }
        closedPeriods.checkOpen(lesson.getSchool(), lesson.getLessonDate());
        refuseWithData(lesson, "отменить");
        lesson.setCancelled(true);
        lesson.setCancelReason(why);
        record(lesson, "cancelled", "false", "true", login, why);
    }

    /** Gives a cancelled lesson back (a cancellation by mistake); the reason goes to the history. */
    public void restore(Lesson lesson, String reason, String login) {
        String why = required(reason, "Укажите, почему урок снова проводится");
        if (!lesson.isCancelled()) {
            throw new BusinessException("Урок не отменён");
        }
        closedPeriods.checkOpen(lesson.getSchool(), lesson.getLessonDate());
        refuseClash(lesson, lesson.getLessonDate(), lesson.getPeriodNo(), lesson.getTeacher());
        lesson.setCancelled(false);
        record(lesson, "cancelled", "true", "false", login, why);
        lesson.setCancelReason(null);
    }

    /** Moves the lesson to another day and/or lesson number. */
    public void move(Lesson lesson, LocalDate day, int periodNo, String reason, String login) {
        String why = required(reason, "Укажите причину переноса урока");
        if (day == null) {
            throw new BusinessException("Укажите новую дату урока");
        }
        checkPeriodNo(periodNo);
        if (lesson.isCancelled()) {
            throw new BusinessException("Урок отменён: перенести можно только проводимый урок");
        }
        if (day.equals(lesson.getLessonDate()) && periodNo == lesson.getPeriodNo()) {
            throw new BusinessException("Урок уже стоит в этот день под этим номером");
        }
        closedPeriods.checkOpen(lesson.getSchool(), lesson.getLessonDate());
        checkDay(lesson, day);
        refuseWithData(lesson, "перенести");
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
        String why = required(reason, "Укажите причину замены");
        if (lesson.isCancelled()) {
            throw new BusinessException("Урок отменён: замена не нужна");
        }
        closedPeriods.checkOpen(lesson.getSchool(), lesson.getLessonDate());
        if (teacher != null) {
            if (!teacher.getSchool().equals(lesson.getSchool())) {
                throw new BusinessException("Заменяющий учитель должен работать в этой школе");
            }
            if (teacher.equals(lesson.getTeacher())) {
                throw new BusinessException("Это учитель урока: выберите другого учителя для замены");
            }
            refuseTeacherBusy(lesson, lesson.getLessonDate(), lesson.getPeriodNo(), teacher);
        } else if (lesson.getReplacementTeacher() == null) {
            throw new BusinessException("У урока нет замены");
        }
        StaffMember before = lesson.getReplacementTeacher();
        if (Objects.equals(before, teacher)) {
            throw new BusinessException("Этот учитель уже заменяет урок");
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
        String why = reason == null || reason.isBlank() ? "Дополнительный урок" : reason.strip();
        record(lesson, "created", null, lesson.getLessonDate() + " №" + lesson.getPeriodNo(), login, why);
        return lesson;
    }

    private void checkDay(Lesson lesson, LocalDate day) {
        if (!lesson.getSchoolClass().getAcademicYear().contains(day)) {
            throw new BusinessException("Дата " + DAY.format(day) + " вне учебного года класса");
        }
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            throw new BusinessException("Воскресенье — не учебный день");
        }
        closedPeriods.checkOpen(lesson.getSchool(), day);
    }

    private static void checkPeriodNo(int periodNo) {
        if (periodNo < 0 || periodNo > 12) {
            throw new BusinessException("Номер урока — от 0 до 12");
        }
    }

    private void refuseWithData(Lesson lesson, String action) {
        long marks = em.createQuery("select count(m) from Mark m where m.lesson = :lesson", Long.class)
                .setParameter("lesson", lesson)
                .getSingleResult();
        long absences = em.createQuery("select count(a) from Absence a where a.lesson = :lesson", Long.class)
                .setParameter("lesson", lesson)
                .getSingleResult();
        if (marks + absences > 0) {
            throw new BusinessException("На уроке " + DAY.format(lesson.getLessonDate()) + " есть отметки (" + marks
                    + ") и пропуски (" + absences + "): " + action
                    + " такой урок нельзя, иначе они пропадут из журнала. Сначала очистите эти клетки в журнале");
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
            throw new BusinessException("У класса " + lesson.getSchoolClass().getName() + " уже есть урок "
                    + DAY.format(day) + " под номером " + periodNo);
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
            throw new BusinessException("У учителя " + teacher.shortName() + " уже есть урок " + DAY.format(day)
                    + " под номером " + periodNo);
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

    private static String required(String reason, String message) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException(message);
        }
        String why = reason.strip();
        if (why.length() > 500) {
            throw new BusinessException("Причина — не длиннее 500 символов");
        }
        return why;
    }
}
