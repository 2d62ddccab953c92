package ru.ejournal.reports.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import ru.ejournal.journal.control.Averages;
import ru.ejournal.messaging.control.MailCopies;
import ru.ejournal.notification.control.NotificationScan;
import ru.ejournal.reports.entity.AtRiskPupil;
import ru.ejournal.reports.entity.AtRiskVerdict;
import ru.ejournal.school.entity.AcademicYear;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.school.entity.StudyPeriodKind;

/**
 * The pass over one school that keeps the list of pupils at risk ({@code at_risk_pupil}): for each study
 * period of the current year in its third week or later, one query per kind of data for the whole school
 * (the pupils and subjects of the teaching assignments, the marks, the unexcused absences, the period
 * grades), the rule in Java ({@link AtRiskRules}, which uses the one proposed-grade rule), then the open
 * findings are opened, updated when their figures changed, and closed when the pupil left the list.
 * Running it twice changes nothing. The school row is locked for the pass (as the monitoring rules do), so
 * two passes of one school, on two servers of a cluster, run one after the other and never open a finding
 * twice. The parents' notices of the findings just opened are queued in the same transaction.
 */
@Dependent
public class AtRiskPass {

    private static final Logger LOG = Logger.getLogger(AtRiskPass.class.getName());

    @PersistenceContext
    EntityManager em;

    /** What a pass did. */
    public record Result(int opened, int updated, int closed, int open, int notices) {}

    private record Key(long student, long subject, long period) {}

    private record Pair(long student, long subject, long schoolClass, boolean passFail) {}

    public Result run(long schoolId, LocalDate today, Instant now) {
        School school = em.find(School.class, schoolId, LockModeType.PESSIMISTIC_WRITE);
        if (school == null) {
            return new Result(0, 0, 0, 0, 0);
        }
        em.flush();
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        Map<Key, AtRiskPupil> open = new HashMap<>();
        for (AtRiskPupil f : em.createQuery(
                        "select f from AtRiskPupil f where f.schoolId = :school and f.closedAt is null",
                        AtRiskPupil.class)
                .setParameter("school", schoolId)
                .getResultList()) {
            open.put(new Key(f.getStudentId(), f.getSubjectId(), f.getPeriodId()), f);
        }
        AtRiskRules.Thresholds thresholds = new AtRiskRules.Thresholds(
                school.getRoundingThreshold(),
                school.getMinMarksPerPeriod(),
                school.getAtRiskGrade(),
                school.getAtRiskMarksPerWeek(),
                school.getAtRiskAbsences());
        Set<Key> atRisk = new HashSet<>();
        List<AtRiskPupil> untold = new ArrayList<>();
        int opened = 0;
        int updated = 0;
        for (StudyPeriod period : periods(schoolId, today)) {
            int weeksLeft = AtRiskRules.weeksLeft(today, period.getEndDate());
            Map<Long, Map<Long, List<Averages.Weighted>>> marks = marks(schoolId, period);
            Map<Long, Map<Long, Integer>> unexcused = unexcused(schoolId, period);
            Map<Long, Map<Long, String>> grades = grades(period);
            for (Pair p : pairs(schoolId, period, today)) {
                AtRiskVerdict v = AtRiskRules.judge(
                        thresholds,
                        period.getKind(),
                        p.passFail(),
                        marks.getOrDefault(p.student(), Map.of()).getOrDefault(p.subject(), List.of()),
                        grades.getOrDefault(p.student(), Map.of()).get(p.subject()),
                        unexcused.getOrDefault(p.student(), Map.of()).getOrDefault(p.subject(), 0),
                        weeksLeft);
                if (!v.atRisk()) {
                    continue;
                }
                Key key = new Key(p.student(), p.subject(), period.getId());
                if (!atRisk.add(key)) {
                    continue; // the same pupil and subject through two assignments (subgroups, a replacement)
                }
                AtRiskPupil finding = open.get(key);
                if (finding == null) {
                    finding = new AtRiskPupil(schoolId, p.schoolClass(), p.student(), p.subject(), period.getId(), at);
                    finding.apply(p.schoolClass(), v, at);
                    em.persist(finding);
                    opened++;
                } else if (finding.apply(p.schoolClass(), v, at)) {
                    updated++;
                }
                if (finding.getNotifiedAt() == null) {
                    untold.add(finding);
                }
            }
        }
        int closed = 0;
        for (Map.Entry<Key, AtRiskPupil> e : open.entrySet()) {
            if (!atRisk.contains(e.getKey())) {
                e.getValue().close(at);
                closed++;
            }
        }
        em.flush();
        int notices = notices(schoolId, at);
        for (AtRiskPupil f : untold) {
            f.told(at);
        }
        em.flush();
        Result result = new Result(opened, updated, closed, atRisk.size(), notices);
        LOG.fine(() -> "Pupils at risk, school " + schoolId + ": " + result);
        return result;
    }

    /** The periods of the school's current year (not the year itself) from their third week to their end. */
    private List<StudyPeriod> periods(long schoolId, LocalDate today) {
        AcademicYear year = em.createNamedQuery("AcademicYear.findCurrent", AcademicYear.class)
                .setParameter("schoolId", schoolId)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (year == null) {
            return List.of();
        }
        return em.createNamedQuery("StudyPeriod.findByYear", StudyPeriod.class)
                .setParameter("academicYearId", year.getId())
                .getResultStream()
                .filter(p -> p.getKind() != StudyPeriodKind.YEAR)
                .filter(p -> AtRiskRules.applies(p.getStartDate(), p.getEndDate(), today))
                .toList();
    }

    /** The studying pupils and the subjects their class (or subgroup) is taught in the period. */
    private List<Pair> pairs(long schoolId, StudyPeriod period, LocalDate today) {
        List<Pair> pairs = new ArrayList<>();
        for (Object[] r : rows(
                """
                SELECT DISTINCT s.id, ta.subject_id, s.school_class_id, j.grading
                FROM teaching_assignment ta
                JOIN school_class c ON c.id = ta.school_class_id
                JOIN student s ON s.school_class_id = ta.school_class_id
                JOIN subject j ON j.id = ta.subject_id
                WHERE ta.school_id = ?1 AND c.academic_year_id = ?2 AND s.status = 'STUDYING'
                  AND (s.arrived_on IS NULL OR s.arrived_on <= ?3)
                  AND (ta.start_date IS NULL OR ta.start_date <= ?4)
                  AND (ta.end_date IS NULL OR ta.end_date >= ?5)
                  AND (ta.subgroup_id IS NULL OR EXISTS (SELECT 1 FROM subgroup_member gm
                       WHERE gm.subgroup_id = ta.subgroup_id AND gm.student_id = s.id))
                """,
                schoolId,
                period.getAcademicYear().getId(),
                Date.valueOf(today),
                Date.valueOf(period.getEndDate()),
                Date.valueOf(period.getStartDate()))) {
            pairs.add(new Pair(number(r[0]), number(r[1]), number(r[2]), "PASS_FAIL".equals(r[3])));
        }
        return pairs;
    }

    /** Pupil → subject → marks of the school's lessons in the period. */
    private Map<Long, Map<Long, List<Averages.Weighted>>> marks(long schoolId, StudyPeriod period) {
        Map<Long, Map<Long, List<Averages.Weighted>>> marks = new HashMap<>();
        for (Object[] r : rows(
                "SELECT m.student_id, l.subject_id, m.mark_value, m.weight FROM mark m JOIN lesson l ON l.id = m.lesson_id"
                        + " WHERE l.school_id = ?1 AND l.lesson_date BETWEEN ?2 AND ?3",
                schoolId,
                Date.valueOf(period.getStartDate()),
                Date.valueOf(period.getEndDate()))) {
            marks.computeIfAbsent(number(r[0]), k -> new HashMap<>())
                    .computeIfAbsent(number(r[1]), k -> new ArrayList<>())
                    .add(new Averages.Weighted((String) r[2], (int) number(r[3])));
        }
        return marks;
    }

    /** Pupil → subject → unexcused absences (Н, П) at the school's lessons in the period. */
    private Map<Long, Map<Long, Integer>> unexcused(long schoolId, StudyPeriod period) {
        Map<Long, Map<Long, Integer>> counts = new HashMap<>();
        for (Object[] r : rows(
                "SELECT a.student_id, l.subject_id, COUNT(*) FROM absence a JOIN lesson l ON l.id = a.lesson_id"
                        + " WHERE l.school_id = ?1 AND l.lesson_date BETWEEN ?2 AND ?3 AND a.code IN ('N', 'P')"
                        + " GROUP BY a.student_id, l.subject_id",
                schoolId,
                Date.valueOf(period.getStartDate()),
                Date.valueOf(period.getEndDate()))) {
            counts.computeIfAbsent(number(r[0]), k -> new HashMap<>()).put(number(r[1]), (int) number(r[2]));
        }
        return counts;
    }

    /** Pupil → subject → the teacher's period grade. */
    private Map<Long, Map<Long, String>> grades(StudyPeriod period) {
        Map<Long, Map<Long, String>> grades = new HashMap<>();
        for (Object[] r : rows(
                "SELECT student_id, subject_id, grade_value FROM period_grade WHERE study_period_id = ?1"
                        + " AND kind = 'PERIOD'",
                period.getId())) {
            grades.computeIfAbsent(number(r[0]), k -> new HashMap<>()).put(number(r[1]), (String) r[2]);
        }
        return grades;
    }

    /**
     * Queues one notice per parent account for each finding opened since the last pass (the parent chose
     * the at-risk notices, has an e-mail address that has not failed), then marks the findings told. With
     * mail off nothing is queued, and the findings are marked all the same (no flood when it is switched on).
     * The caller marks them ({@code notified_at}) through the entities, so the persistence context stays true.
     */
    private int notices(long schoolId, Instant now) {
        int queued = 0;
        if (MailCopies.enabled()) {
            StringBuilder due = new StringBuilder("CASE WHEN ns.at_risk = 'DIGEST' THEN CASE ns.digest_hour");
            for (int hour = 0; hour < 24; hour++) {
                due.append(" WHEN ")
                        .append(hour)
                        .append(" THEN CAST(?")
                        .append(3 + hour)
                        .append(" AS TIMESTAMP)");
            }
            due.append(" END ELSE CAST(?2 AS TIMESTAMP) END");
            Query insert =
                    em.createNativeQuery("INSERT INTO notification_outbox (id, version, account_id, email, topic,"
                            + " at_risk_id, student_id, digest, created_at, due_at, attempts)"
                            + " SELECT nextval('journal_seq'), 0, ua.id, p.email, 'AT_RISK', f.id, f.student_id,"
                            + " CASE WHEN ns.at_risk = 'DIGEST' THEN TRUE ELSE FALSE END, ?2, " + due + ", 0"
                            + " FROM at_risk_pupil f"
                            + " JOIN student_parent sp ON sp.student_id = f.student_id"
                            + " JOIN parent p ON p.id = sp.parent_id"
                            + " JOIN user_account ua ON ua.parent_id = p.id AND ua.enabled = TRUE"
                            + " JOIN notification_setting ns ON ns.account_id = ua.id"
                            + " WHERE f.school_id = ?1 AND f.notified_at IS NULL AND f.closed_at IS NULL"
                            + " AND ns.at_risk <> 'OFF' AND p.email IS NOT NULL AND p.email <> ''"
                            + " AND (ns.failed_email IS NULL OR ns.failed_email <> p.email)"
                            + " AND NOT EXISTS (SELECT 1 FROM notification_outbox o"
                            + " WHERE o.at_risk_id = f.id AND o.account_id = ua.id)");
            insert.setParameter(1, schoolId);
            insert.setParameter(2, utc(now));
            for (int hour = 0; hour < 24; hour++) {
                insert.setParameter(3 + hour, utc(NotificationScan.nextAt(hour, now)));
            }
            queued = insert.executeUpdate();
        }
        return queued;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.getResultList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC));
    }
}
