package ru.ejournal.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import ru.ejournal.messaging.control.MailCopies;

/**
 * Turns the change history into notices for parents: one {@code INSERT … SELECT} per kind (marks,
 * absences, period grades) queues a row of {@code notification_outbox} for every change of a child's
 * mark, absence or grade since the last scan and every parent of that child who has an account, an
 * e-mail address on their card and that kind switched on. Built on {@code change_record} alone, not on
 * the services: the grid, the services, the region import and the batch corrections all write their
 * history, so every write path is covered, in sets, without a hook in any of them.
 *
 * <p>Only the parents of the changed child ({@code student_parent}) are addressed. Cluster-safe: the
 * scan locks the one row of {@code notification_scan}, so the scans of two servers run one after the
 * other; it looks two minutes before the last scan for transactions that committed late, and the
 * unique key (change, account) together with {@code NOT EXISTS} makes a second look queue nothing twice.
 * A digest row is due at the next occurrence of the parent's hour, an immediate one at once. With
 * {@code ejournal.mail.enabled} off nothing is queued (the cursor moves on, nothing floods the parents
 * when mail is switched on later).
 */
@ApplicationScoped
public class NotificationScan {

    static final Duration SLACK = Duration.ofMinutes(2);

    private record Kind(String topic, String entityType, String field, String table, String column) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("MARK", "Mark", "value", "mark", "marks"),
            new Kind("ABSENCE", "Absence", "code", "absence", "absences"),
            new Kind("PERIOD_GRADE", "PeriodGrade", "value", "period_grade", "period_grades"));

    @PersistenceContext
    EntityManager em;

    /** Queues the notices of the changes since the last scan; returns how many rows were queued. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int scan(Instant now) {
        Object last = em.createNativeQuery("SELECT scanned_to FROM notification_scan WHERE id = 1 FOR UPDATE")
                .getSingleResult();
        Instant scannedTo =
                last == null ? now : ((Timestamp) last).toLocalDateTime().toInstant(ZoneOffset.UTC);
        Instant from = (scannedTo.isAfter(now) ? now : scannedTo).minus(SLACK);
        int queued = 0;
        if (MailCopies.enabled()) {
            for (Kind kind : KINDS) {
                queued += queue(kind, from, now);
            }
        }
        em.createNativeQuery("UPDATE notification_scan SET scanned_to = ?1 WHERE id = 1")
                .setParameter(1, utc(now))
                .executeUpdate();
        return queued;
    }

    private int queue(Kind kind, Instant from, Instant now) {
        String due = dueAt(kind.column());
        Query insert = em.createNativeQuery("INSERT INTO notification_outbox (id, version, account_id, email, topic,"
                + " change_record_id, student_id, digest, created_at, due_at, attempts)"
                + " SELECT nextval('journal_seq'), 0, ua.id, p.email, '" + kind.topic() + "', c.id, x.student_id,"
                + " CASE WHEN ns." + kind.column() + " = 'DIGEST' THEN TRUE ELSE FALSE END, ?2, " + due + ", 0"
                + " FROM change_record c"
                + " JOIN " + kind.table() + " x ON x.id = c.entity_id"
                + " JOIN student_parent sp ON sp.student_id = x.student_id"
                + " JOIN parent p ON p.id = sp.parent_id"
                + " JOIN user_account ua ON ua.parent_id = p.id AND ua.enabled = TRUE"
                + " JOIN notification_setting ns ON ns.account_id = ua.id"
                + " WHERE c.entity_type = '" + kind.entityType() + "' AND c.field = '" + kind.field() + "'"
                + " AND c.new_value IS NOT NULL AND c.changed_at >= ?1"
                + " AND ns." + kind.column() + " <> 'OFF'"
                + " AND p.email IS NOT NULL AND p.email <> ''"
                + " AND (ns.failed_email IS NULL OR ns.failed_email <> p.email)"
                + " AND NOT EXISTS (SELECT 1 FROM notification_outbox o"
                + " WHERE o.change_record_id = c.id AND o.account_id = ua.id)");
        insert.setParameter(1, utc(from));
        insert.setParameter(2, utc(now));
        digestTimes(insert, now);
        return insert.executeUpdate();
    }

    /**
     * The SQL of an outbox row's due time for a parent's setting in column {@code column} of
     * {@code notification_setting ns}: {@code ?2} (now) when immediate, else the time of the parent's digest
     * hour, one of the parameters {@code ?3 … ?26} that {@link #digestTimes} sets.
     */
    public static String dueAt(String column) {
        StringBuilder due =
                new StringBuilder("CASE WHEN ns.").append(column).append(" = 'DIGEST' THEN CASE ns.digest_hour");
        for (int hour = 0; hour < 24; hour++) {
            due.append(" WHEN ")
                    .append(hour)
                    .append(" THEN CAST(?")
                    .append(3 + hour)
                    .append(" AS TIMESTAMP)");
        }
        return due.append(" END ELSE CAST(?2 AS TIMESTAMP) END").toString();
    }

    /** Sets the parameters {@code ?3 … ?26} of {@link #dueAt}: the next time of each digest hour after now. */
    public static void digestTimes(Query query, Instant now) {
        for (int hour = 0; hour < 24; hour++) {
            query.setParameter(3 + hour, utc(nextAt(hour, now)));
        }
    }

    /** The next moment the clock shows {@code hour}:00 after {@code now}, in the server's time zone. */
    public static Instant nextAt(int hour, Instant now) {
        ZonedDateTime local = now.atZone(ZoneId.systemDefault());
        ZonedDateTime at = local.toLocalDate().atTime(hour, 0).atZone(ZoneId.systemDefault());
        return (at.isAfter(local) ? at : at.plusDays(1)).toInstant();
    }

    /**
     * The UTC wall-clock time to the millisecond: the clock has nanoseconds, the databases keep
     * microseconds and round, so a row due "now" could otherwise be stored a little after the same "now".
     */
    static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(
                LocalDateTime.ofInstant(instant.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), ZoneOffset.UTC));
    }
}
