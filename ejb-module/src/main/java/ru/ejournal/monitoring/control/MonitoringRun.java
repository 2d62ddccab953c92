package ru.ejournal.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ru.ejournal.common.control.Texts;
import ru.ejournal.monitoring.boundary.EvaluationResult;
import ru.ejournal.monitoring.boundary.EvaluationScope;
import ru.ejournal.monitoring.boundary.ViolationRow;
import ru.ejournal.school.entity.School;
import ru.ejournal.security.entity.UserAccount;

/**
 * The nightly work for one school: evaluate every rule, then tell the deputy director about the new
 * violations grouped by teacher and each teacher about their own, and mark them as told.
 */
@ApplicationScoped
public class MonitoringRun {

    static final int LINES_PER_TEACHER = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    RuleEvaluator evaluator;

    @Inject
    ViolationQueries queries;

    @Inject
    MonitoringMessages messages;

    /** What one run did for one school. */
    public record Summary(EvaluationResult evaluation, int notified, int messages) {}

    /** In a transaction of its own, so that one school's failure does not undo the others. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Summary runAlone(Long schoolId, LocalDate today, Instant now) {
        return run(schoolId, today, now);
    }

    /** In the caller's transaction (the demo data uses it before its own commit). */
    public Summary run(Long schoolId, LocalDate today, Instant now) {
        EvaluationResult evaluation = evaluator.evaluate(EvaluationScope.school(schoolId), today, now);
        School school = em.find(School.class, schoolId);
        List<ViolationRow> fresh = queries.unnotified(schoolId);
        Optional<UserAccount> sender = messages.nightlySender(school);
        if (fresh.isEmpty() || sender.isEmpty()) {
            return new Summary(evaluation, 0, 0);
        }
        Map<Long, List<ViolationRow>> byTeacher = fresh.stream()
                .collect(Collectors.groupingBy(
                        r -> r.teacherId() == null ? 0L : r.teacherId(), LinkedHashMap::new, Collectors.toList()));
        String day = RuleTexts.DAY.format(today);
        int sent = 0;
        List<UserAccount> deputies = messages.deputies(school);
        if (!deputies.isEmpty()) {
            StringBuilder body = new StringBuilder(Texts.text("monitoring.nightly.deputy.intro", day, fresh.size()));
            byTeacher
                    .values()
                    .forEach(rows -> body.append('\n')
                            .append(
                                    rows.get(0).teacherName() == null
                                            ? Texts.text("monitoring.nightly.noTeacher")
                                            : rows.get(0).teacherName())
                            .append(" — ")
                            .append(rows.size())
                            .append('\n')
                            .append(RuleTexts.lines(rows, LINES_PER_TEACHER)));
            body.append(Texts.text("monitoring.nightly.deputy.outro"));
            messages.send(
                    sender.get(),
                    deputies,
                    Texts.text("monitoring.nightly.deputy.subject", day, fresh.size()),
                    body.toString(),
                    now);
            sent++;
        }
        Map<Long, List<UserAccount>> accounts = messages.accountsOfStaff(byTeacher.keySet());
        for (Map.Entry<Long, List<ViolationRow>> entry : byTeacher.entrySet()) {
            List<UserAccount> teacher = accounts.getOrDefault(entry.getKey(), List.of());
            if (teacher.isEmpty()) {
                continue;
            }
            List<ViolationRow> rows = entry.getValue();
            String body = Texts.text("monitoring.nightly.teacher.body", day, rows.size(), RuleTexts.lines(rows, 200));
            messages.send(
                    sender.get(), teacher, Texts.text("monitoring.nightly.teacher.subject", rows.size()), body, now);
            sent++;
        }
        int notified = em.createNativeQuery("""
                        UPDATE violation SET notified_at = ?1, version = version + 1
                        WHERE school_id = ?2 AND notified_at IS NULL AND closed_at IS NULL AND severity = 'VIOLATION'""")
                .setParameter(1, RuleEvaluator.timestamp(now))
                .setParameter(2, schoolId)
                .executeUpdate();
        return new Summary(evaluation, notified, sent);
    }
}
