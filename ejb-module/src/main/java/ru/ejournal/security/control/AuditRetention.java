package ru.ejournal.security.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import ru.ejournal.security.entity.AuditSetting;

/**
 * The nightly purge of the access log (the personal-data audit and the visit log): rows older than their
 * school's retention (months,
 * {@link AuditSetting}, 12 by default) are deleted. A persistent timer (WildFly's {@code journal-timers}
 * store): a missed night is caught up after a restart and on a cluster one node runs it; and each DELETE
 * is idempotent, so a second run, or two nodes at once, delete nothing more.
 */
@Singleton
@PermitAll // deletes only what the nightly run deletes; the timer itself has no caller
public class AuditRetention {

    private static final Logger LOG = Logger.getLogger(AuditRetention.class.getName());

    @PersistenceContext
    EntityManager em;

    @Schedule(hour = "3", minute = "40", persistent = true, info = "Purge of the personal data view log")
    void nightly() {
        int deleted = purge(Instant.now());
        LOG.info(() -> "Personal data view log: rows older than the retention period deleted: " + deleted);
    }

    /**
     * Deletes the personal-data views and the visit log (sign-ins, e-diary views: the same access log)
     * older than their school's retention at {@code now}; returns how many rows. Visits of no school (the
     * region's accounts) keep the default retention.
     */
    public int purge(Instant now) {
        Map<Integer, List<Long>> schoolsByMonths = em.createQuery(
                        "select a.school.id, a.retentionMonths from AuditSetting a"
                                + " where a.retentionMonths <> :default",
                        Object[].class)
                .setParameter("default", AuditSetting.DEFAULT_RETENTION_MONTHS)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        r -> (Integer) r[1], Collectors.mapping(r -> (Long) r[0], Collectors.toList())));
        Instant byDefault = monthsBefore(now, AuditSetting.DEFAULT_RETENTION_MONTHS);
        int deleted = em.createQuery("delete from VisitEvent v where v.occurredAt < :before and v.school is null")
                .setParameter("before", byDefault)
                .executeUpdate();
        for (String log : List.of("PersonalDataView", "VisitEvent")) {
            deleted += em.createQuery("delete from " + log + " v where v.occurredAt < :before"
                            + " and v.school.id not in (select a.school.id from AuditSetting a"
                            + " where a.retentionMonths <> :default)")
                    .setParameter("before", byDefault)
                    .setParameter("default", AuditSetting.DEFAULT_RETENTION_MONTHS)
                    .executeUpdate();
            for (Map.Entry<Integer, List<Long>> e : schoolsByMonths.entrySet()) {
                deleted += em.createQuery(
                                "delete from " + log + " v where v.occurredAt < :before and v.school.id in :schools")
                        .setParameter("before", monthsBefore(now, e.getKey()))
                        .setParameter("schools", e.getValue())
                        .executeUpdate();
            }
        }
        return deleted;
    }

    private static Instant monthsBefore(Instant now, int months) {
        return now.atZone(ZoneOffset.UTC).minusMonths(months).toInstant();
    }
}
