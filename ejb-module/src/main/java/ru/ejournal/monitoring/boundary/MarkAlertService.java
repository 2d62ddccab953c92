package ru.ejournal.monitoring.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.ConflictException;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.journal.entity.Mark;
import ru.ejournal.journal.entity.WorkType;
import ru.ejournal.monitoring.control.MarkAlerts;
import ru.ejournal.monitoring.entity.MarkAlert;
import ru.ejournal.monitoring.entity.MarkAlertChange;
import ru.ejournal.school.control.ClosedPeriods;
import ru.ejournal.school.entity.School;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.student.entity.Student;

/**
 * The mass mark-change alerts of the caller's school (found by {@code MarkChangeScan}): the deputy
 * director and the administrator of that school list them, read every change and revert an alert's
 * changes in one action. Nobody else, and no other school's staff, sees or reverts them.
 */
@Stateless
@RolesAllowed({ADMIN, DEPUTY_DIRECTOR})
public class MarkAlertService {

    static final int LIST_LIMIT = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    ChangeHistory history;

    @Inject
    MarkAlerts alerts;

    @Inject
    ClosedPeriods closedPeriods;

    /** The school's alerts, newest first (at most 200). */
    public List<MarkAlertRow> alerts() {
        School school = access.callerSchool();
        Duration window = Duration.ofMinutes(school.getMarkAlertMinutes());
        Instant now = Instant.now();
        List<MarkAlert> list = em.createQuery(
                        "select a from MarkAlert a where a.school = :school order by a.lastChangeAt desc, a.id desc",
                        MarkAlert.class)
                .setParameter("school", school)
                .setMaxResults(LIST_LIMIT)
                .getResultList();
        List<MarkAlertRow> rows = new ArrayList<>();
        for (MarkAlert a : list) {
            rows.add(row(a, window, now));
        }
        return rows;
    }

    /** One alert of the caller's school. */
    public MarkAlertRow alert(@NotNull(message = "{monitoring.alert.required}") Long alertId) {
        MarkAlert alert = check(alertId);
        return row(alert, Duration.ofMinutes(alert.getSchool().getMarkAlertMinutes()), Instant.now());
    }

    /** Every change of an alert of the caller's school, in the order they were made. */
    public List<MarkAlertLine> changes(@NotNull(message = "{monitoring.alert.required}") Long alertId) {
        check(alertId);
        return alerts.lines(alertId);
    }

    /**
     * Sets every mark of the alert back to its value before the burst: a changed mark gets its old value,
     * a mark the burst created is removed, a mark it removed is restored (a new mark with the old value,
     * work type and weight). Each is a change with its history (reason: the alert). A mark changed by
     * anybody after the burst is left as it is and counted as skipped. {@code version} is the alert's
     * version as the caller saw it: an alert that has grown since is refused as a conflict, so that
     * nobody reverts changes they have not seen. Like every path that changes marks, a revert is refused,
     * whole, when a lesson of the alert lies in a closed period: the period is reopened first.
     */
    public RevertResult revert(@NotNull(message = "{monitoring.alert.required}") Long alertId, long version) {
        MarkAlert alert = check(alertId);
        em.refresh(alert, LockModeType.PESSIMISTIC_WRITE);
        if (alert.isReverted()) {
            throw new BusinessException("monitoring.markAlert.alreadyReverted");
        }
        if (alert.getVersion() != version) {
            throw new ConflictException("monitoring.markAlert.grown");
        }
        String login = access.caller().getLogin();
        Instant now = Instant.now();
        String reason = MarkAlerts.revertReason(alert.getId());
        Map<Long, List<MarkAlertChange>> byMark = new LinkedHashMap<>();
        em.createQuery(
                        "select x from MarkAlertChange x where x.alert = :alert order by x.changedAt, x.id",
                        MarkAlertChange.class)
                .setParameter("alert", alert)
                .getResultStream()
                .forEach(x -> byMark.computeIfAbsent(x.getMarkId(), k -> new ArrayList<>())
                        .add(x));
        checkOpen(alert.getSchool(), byMark.values());
        int reverted = 0;
        int skipped = 0;
        for (List<MarkAlertChange> changes : byMark.values()) {
            MarkAlertChange first = changes.get(0);
            MarkAlertChange last = changes.get(changes.size() - 1);
            Mark mark = em.find(Mark.class, first.getMarkId());
            String now0 = mark == null ? null : mark.getValue();
            if (!Objects.equals(now0, last.getNewValue())) {
                skipped++;
            } else if (!Objects.equals(now0, first.getOldValue())) {
                if (restore(alert.getSchool(), mark, first, login, now, reason)) {
                    reverted++;
                } else {
                    skipped++;
                }
            }
        }
        alert.reverted(login, now, reverted, skipped);
        em.flush();
        return new RevertResult(reverted, skipped);
    }

    /** Refuses the revert when a lesson of its marks lies in a closed period of the school. */
    private void checkOpen(School school, Collection<List<MarkAlertChange>> byMark) {
        List<Long> lessons = byMark.stream()
                .map(changes -> changes.get(0).getLessonId())
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (!lessons.isEmpty()) {
            closedPeriods.checkOpen(
                    school,
                    em.createQuery("select distinct l.lessonDate from Lesson l where l.id in :lessons", LocalDate.class)
                            .setParameter("lessons", lessons)
                            .getResultList());
        }
    }

    private boolean restore(School school, Mark mark, MarkAlertChange first, String login, Instant now, String reason) {
        String target = first.getOldValue();
        if (target == null) {
            ChangeRecord removal = new ChangeRecord(
                    school, mark.auditType(), mark.getId(), "value", mark.getValue(), null, login, now);
            removal.setReason(reason);
            em.persist(removal);
            history.recordRemoval(mark, login, now, "value");
            em.remove(mark);
            return true;
        }
        if (mark != null) {
            Map<String, String> before = mark.auditSnapshot();
            mark.setValue(target);
            mark.setEnteredBy(login);
            mark.setEnteredAt(now);
            history.record(mark, before, login, reason);
            return true;
        }
        Lesson lesson = first.getLessonId() == null ? null : em.find(Lesson.class, first.getLessonId());
        Student student = first.getStudentId() == null ? null : em.find(Student.class, first.getStudentId());
        if (lesson == null || student == null || !lesson.getSchool().equals(school)) {
            return false;
        }
        WorkType workType = first.getWorkTypeCode() == null
                ? lesson.getWorkType()
                : em.createNamedQuery("WorkType.findByCode", WorkType.class)
                        .setParameter("schoolId", school.getId())
                        .setParameter("code", first.getWorkTypeCode())
                        .getResultStream()
                        .findFirst()
                        .orElse(lesson.getWorkType());
        Mark restored = new Mark(lesson, student, target, workType, login, now);
        if (first.getWeight() != null) {
            restored.setWeight(first.getWeight());
        }
        em.persist(restored);
        history.record(restored, Map.of(), login, reason);
        return true;
    }

    private MarkAlert check(Long alertId) {
        MarkAlert alert = em.find(MarkAlert.class, alertId);
        if (alert == null) {
            throw new AccessDeniedException("common.noAccess");
        }
        access.checkSchool(alert.getSchool().getId(), Intent.READ);
        return alert;
    }

    private MarkAlertRow row(MarkAlert a, Duration window, Instant now) {
        return new MarkAlertRow(
                a.getId(),
                a.getAccountLogin(),
                alerts.accountName(a.getAccountLogin()),
                a.getFirstChangeAt(),
                a.getLastChangeAt(),
                a.getChangeCount(),
                a.getPastCount(),
                a.getNotTaughtCount(),
                !a.isReverted() && a.getLastChangeAt().plus(window).isAfter(now),
                a.getRevertedAt(),
                a.getRevertedBy(),
                a.getRevertedCount(),
                a.getSkippedCount(),
                a.getVersion());
    }
}
