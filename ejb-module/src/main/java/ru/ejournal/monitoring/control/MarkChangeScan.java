package ru.ejournal.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ru.ejournal.monitoring.control.MarkBursts.Burst;
import ru.ejournal.monitoring.entity.MarkAlert;
import ru.ejournal.monitoring.entity.MarkAlertChange;
import ru.ejournal.monitoring.entity.MarkAlertScan;
import ru.ejournal.monitoring.entity.MarkChangeFacts;
import ru.ejournal.school.entity.School;

/**
 * Finds mass and foreign mark changes in the change history and opens or grows their alerts
 * ({@link MarkBursts} is the rule). Built on {@code change_record} alone, not on the grade book's save:
 * every way of changing a mark writes its history, and the scan reads only the history written since
 * the last scan (a couple of minutes back, for transactions that committed late).
 *
 * <p>Cluster-safe without memory shared between servers: a scan locks the one row of
 * {@code mark_alert_scan} and runs in one transaction, so scans of two servers run one after another and
 * the second finds the first one's alerts; a change belongs to at most one alert (a unique key on
 * {@code mark_alert_change.change_record_id}) and a burst is one alert (unique school, account, first
 * change). Idempotent: scanning again opens nothing new.
 */
@ApplicationScoped
public class MarkChangeScan {

    /** How far before the last scan a scan looks again, for changes whose transaction committed late. */
    static final Duration SLACK = Duration.ofMinutes(2);

    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    MarkAlerts alerts;

    /**
     * Scans the mark changes since the last scan; returns how many alerts were opened or grew. Only a
     * person's account is watched: the region import writes its history as {@code region-import}, an
     * administrator's audited bulk load, not somebody typing marks.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int scan() {
        Instant now = Instant.now();
        MarkAlertScan state = em.find(MarkAlertScan.class, MarkAlertScan.THE_ROW, LockModeType.PESSIMISTIC_WRITE);
        Instant scannedTo = state == null ? now.minus(Duration.ofDays(1)) : state.getScannedTo();
        Instant from = (scannedTo.isAfter(now) ? now : scannedTo).minus(SLACK);
        List<Object[]> accounts =
                em.createQuery("""
                        select distinct s.id, c.changedBy from ChangeRecord c join c.school s, UserAccount u
                        where u.login = c.changedBy and c.entityType = 'Mark' and c.field = 'value'
                          and c.changedAt >= :from and s.markAlertEnabled = true""", Object[].class).setParameter("from", from).getResultList();
        int touched = 0;
        for (Object[] account : accounts) {
            touched += scanAccount(em.find(School.class, account[0]), (String) account[1], from, now);
        }
        if (state != null) {
            state.setScannedTo(now);
        }
        return touched;
    }

    private int scanAccount(School school, String login, Instant from, Instant now) {
        Duration window = Duration.ofMinutes(school.getMarkAlertMinutes());
        List<MarkChangeFacts> changes = changes(school, login, from.minus(window));
        if (changes.isEmpty()) {
            return 0;
        }
        MarkAlert open = em.createQuery("""
                select a from MarkAlert a where a.school = :school and a.accountLogin = :login and a.revertedAt is null
                order by a.lastChangeAt desc""", MarkAlert.class)
                .setParameter("school", school)
                .setParameter("login", login)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        List<Burst> bursts = MarkBursts.find(
                changes, open == null ? null : open.getLastChangeAt(), school.getMarkAlertThreshold(), window);
        for (Burst burst : bursts) {
            MarkAlert alert = burst.extendsOpen() ? open : null;
            if (alert == null) {
                alert = new MarkAlert(school, login, burst.changes().get(0).changedAt(), now);
                em.persist(alert);
            }
            for (MarkChangeFacts facts : burst.changes()) {
                MarkAlertChange change = new MarkAlertChange(alert, facts);
                em.persist(change);
                alert.add(change, now);
            }
            em.flush();
            alerts.announce(alert, school, now);
        }
        return bursts.size();
    }

    /**
     * The account's mark value changes since {@code since} that are in no alert yet (a revert's are left
     * out), with the mark's lesson and pupil and the two findings, in the order they were made.
     */
    private List<MarkChangeFacts> changes(School school, String login, Instant since) {
        List<Object[]> records = em.createQuery("""
                        select c.id, c.entityId, c.oldValue, c.newValue, c.changedAt from ChangeRecord c
                        where c.school = :school and c.changedBy = :login and c.entityType = 'Mark'
                          and c.field = 'value' and c.changedAt >= :since
                          and (c.reason is null or c.reason not like :revert)
                          and not exists (select x from MarkAlertChange x where x.changeRecordId = c.id)
                        order by c.changedAt, c.id""", Object[].class)
                .setParameter("school", school)
                .setParameter("login", login)
                .setParameter("since", since)
                .setParameter("revert", MarkAlerts.REVERT_REASON_START)
                .getResultList();
        if (records.isEmpty()) {
            return List.of();
        }
        Map<Long, MarkFacts> marks =
                marks(records.stream().map(r -> (Long) r[1]).distinct().toList());
        Map<Long, LessonFacts> lessons = lessons(marks.values().stream()
                .map(MarkFacts::lessonId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        List<AssignmentFacts> assignments = assignments(login);
        Long staffId = staffMember(login);
        ZoneId zone = ZoneId.systemDefault();
        List<MarkChangeFacts> facts = new ArrayList<>();
        for (Object[] r : records) {
            MarkFacts mark = marks.getOrDefault((Long) r[1], new MarkFacts(null, null, null, null));
            LessonFacts lesson = mark.lessonId() == null ? null : lessons.get(mark.lessonId());
            Instant at = (Instant) r[4];
            boolean past = lesson == null || lesson.day().isBefore(LocalDate.ofInstant(at, zone));
            boolean notTaught = lesson == null || !teaches(staffId, assignments, lesson);
            facts.add(new MarkChangeFacts(
                    (Long) r[0],
                    (Long) r[1],
                    mark.lessonId(),
                    mark.studentId(),
                    mark.workTypeCode(),
                    mark.weight(),
                    (String) r[2],
                    (String) r[3],
                    at,
                    past,
                    notTaught));
        }
        return facts;
    }

    private record MarkFacts(Long lessonId, Long studentId, String workTypeCode, Integer weight) {}

    private record LessonFacts(
            LocalDate day, Long classId, Long subjectId, Long subgroupId, Long teacherId, Long replacementId) {}

    private record AssignmentFacts(
            Long classId, Long subjectId, Long subgroupId, LocalDate startDate, LocalDate endDate) {}

    /**
     * The lesson, pupil, work type and weight of each mark: from the mark, or, for a mark removed since,
     * from its history (its creation or its removal records the fields).
     */
    private Map<Long, MarkFacts> marks(List<Long> markIds) {
        Map<Long, MarkFacts> marks = new HashMap<>();
        for (List<Long> ids : chunks(markIds)) {
            em.createQuery("""
                    select m.id, m.lesson.id, m.student.id, w.code, m.weight from Mark m left join m.workType w
                    where m.id in :ids""", Object[].class)
                    .setParameter("ids", ids)
                    .getResultStream()
                    .forEach(r -> marks.put(
                            (Long) r[0], new MarkFacts((Long) r[1], (Long) r[2], (String) r[3], (Integer) r[4])));
        }
        List<Long> gone = markIds.stream().filter(id -> !marks.containsKey(id)).toList();
        Map<Long, Map<String, String>> fields = new HashMap<>();
        for (List<Long> ids : chunks(gone)) {
            em.createQuery("""
                    select r.entityId, r.field, r.oldValue, r.newValue from ChangeRecord r
                    where r.entityType = 'Mark' and r.entityId in :ids
                      and r.field in ('lesson', 'student', 'workType', 'weight')
                    order by r.changedAt, r.id""", Object[].class)
                    .setParameter("ids", ids)
                    .getResultStream()
                    .forEach(r -> {
                        String value = r[3] != null ? (String) r[3] : (String) r[2];
                        if (value != null) {
                            fields.computeIfAbsent((Long) r[0], k -> new HashMap<>())
                                    .put((String) r[1], value);
                        }
                    });
        }
        fields.forEach((id, f) -> marks.put(
                id,
                new MarkFacts(
                        number(f.get("lesson")),
                        number(f.get("student")),
                        f.get("workType"),
                        f.get("weight") == null ? null : Integer.valueOf(f.get("weight")))));
        return marks;
    }

    private Map<Long, LessonFacts> lessons(List<Long> lessonIds) {
        Map<Long, LessonFacts> lessons = new HashMap<>();
        for (List<Long> ids : chunks(lessonIds)) {
            em.createQuery("""
                    select l.id, l.lessonDate, l.schoolClass.id, l.subject.id, g.id, l.teacher.id, rt.id
                    from Lesson l left join l.subgroup g left join l.replacementTeacher rt where l.id in :ids""", Object[].class)
                    .setParameter("ids", ids)
                    .getResultStream()
                    .forEach(r -> lessons.put(
                            (Long) r[0],
                            new LessonFacts((LocalDate) r[1], (Long) r[2], (Long) r[3], (Long) r[4], (Long) r[5], (Long)
                                    r[6])));
        }
        return lessons;
    }

    private Long staffMember(String login) {
        return em.createQuery(
                        "select sm.id from UserAccount a join a.staffMember sm where a.login = :login", Long.class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private List<AssignmentFacts> assignments(String login) {
        return em.createQuery("""
                select a.schoolClass.id, a.subject.id, g.id, a.startDate, a.endDate
                from TeachingAssignment a left join a.subgroup g, UserAccount u
                where u.login = :login and a.teacher = u.staffMember""", Object[].class)
                .setParameter("login", login)
                .getResultStream()
                .map(r ->
                        new AssignmentFacts((Long) r[0], (Long) r[1], (Long) r[2], (LocalDate) r[3], (LocalDate) r[4]))
                .toList();
    }

    /**
     * Whether the account teaches the lesson: its teacher, its replacement teacher, or the holder of an
     * assignment of its class, subject and group (subgroup, or the whole class) on the lesson's day.
     */
    private static boolean teaches(Long staffId, List<AssignmentFacts> assignments, LessonFacts lesson) {
        if (staffId == null) {
            return false;
        }
        if (staffId.equals(lesson.teacherId()) || staffId.equals(lesson.replacementId())) {
            return true;
        }
        return assignments.stream()
                .anyMatch(a -> a.classId().equals(lesson.classId())
                        && a.subjectId().equals(lesson.subjectId())
                        && Objects.equals(a.subgroupId(), lesson.subgroupId())
                        && (a.startDate() == null || !a.startDate().isAfter(lesson.day()))
                        && (a.endDate() == null || !a.endDate().isBefore(lesson.day())));
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <T> List<List<T>> chunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += CHUNK) {
            chunks.add(items.subList(i, Math.min(items.size(), i + CHUNK)));
        }
        return chunks;
    }
}
