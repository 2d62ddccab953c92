package ru.ejournal.notification.control;

import static ru.ejournal.notification.control.NotificationScan.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import ru.ejournal.common.control.Texts;
import ru.ejournal.monitoring.control.MonitoringMessages;
import ru.ejournal.notification.entity.NotificationSetting;
import ru.ejournal.notification.entity.Topic;
import ru.ejournal.school.entity.School;
import ru.ejournal.security.entity.UserAccount;

/**
 * The outbox's rows, each step in a transaction of its own: queue a message's copies, claim the due rows,
 * read them, mark a letter sent, schedule a retry, give up and tell the class teacher.
 *
 * <p>The claim is one conditional {@code UPDATE} that sets a fresh token and a lease on the due rows
 * nobody holds. Two drains on two servers cannot both take a row: on PostgreSQL the second
 * {@code UPDATE} waits for the first one's row lock and then re-checks its {@code WHERE} on the new
 * row (it is claimed: skipped), and H2's MVCC re-checks the condition on a row that changed while it
 * waited in the same way; each drain then reads only the rows with its own token. A lease that ran out
 * (the server died while sending) lets another drain take the row again: at least once, never lost.
 */
@ApplicationScoped
public class OutboxStore {

    private static final Logger LOG = Logger.getLogger(OutboxStore.class.getName());

    /** How long a claim holds: the longest a drain may take to send what it claimed. */
    static final Duration LEASE = Duration.ofMinutes(5);

    /** Sends tried before an address counts as failing for good (about two hours of back-off). */
    public static final int MAX_ATTEMPTS = 8;

    static final int BATCH = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    MonitoringMessages messages;

    /**
     * One row as the drain needs it, with the facts of its change for the letter. An at-risk notice has no
     * change: its {@code newValue} is the finding's reason, its subject and period the finding's.
     */
    public record Item(
            long id,
            long accountId,
            String email,
            Topic topic,
            Long messageId,
            Long studentId,
            boolean digest,
            int attempts,
            String oldValue,
            String newValue,
            String childLast,
            String childFirst,
            String subject,
            LocalDate day,
            Integer lessonNo,
            String workType,
            String period,
            Instant changedAt) {}

    /**
     * Queues the e-mail copies of a message (one per recipient with an address who has not switched
     * copies off), inside the transaction that stores the message: a rolled-back message queues nothing.
     */
    public int queueCopies(long messageId, Instant now) {
        em.flush();
        return em.createNativeQuery("INSERT INTO notification_outbox (id, version, account_id, email, topic,"
                        + " message_id, student_id, digest, created_at, due_at, attempts)"
                        + " SELECT nextval('journal_seq'), 0, a.id, COALESCE(pp.email, sm.email), 'COPY', r.message_id,"
                        + " r.student_id, FALSE, ?2, ?2, 0"
                        + " FROM message_recipient r JOIN user_account a ON a.id = r.recipient_id"
                        + " LEFT JOIN parent pp ON pp.id = a.parent_id"
                        + " LEFT JOIN staff_member sm ON sm.id = a.staff_member_id"
                        + " LEFT JOIN notification_setting ns ON ns.account_id = a.id"
                        + " WHERE r.message_id = ?1 AND COALESCE(pp.email, sm.email) IS NOT NULL"
                        + " AND COALESCE(pp.email, sm.email) <> '' AND (ns.copies IS NULL OR ns.copies = TRUE)")
                .setParameter(1, messageId)
                .setParameter(2, utc(now))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int claim(String token, Instant now) {
        return em.createNativeQuery("UPDATE notification_outbox SET claimed_by = ?1, claimed_until = ?2"
                        + " WHERE sent_at IS NULL AND failed_at IS NULL AND due_at <= ?3"
                        + " AND (claimed_until IS NULL OR claimed_until < ?3)"
                        + " AND id IN (SELECT id FROM notification_outbox WHERE sent_at IS NULL AND failed_at IS NULL"
                        + " AND due_at <= ?3 AND (claimed_until IS NULL OR claimed_until < ?3)"
                        + " ORDER BY due_at, id FETCH FIRST " + BATCH + " ROWS ONLY)")
                .setParameter(1, token)
                .setParameter(2, utc(now.plus(LEASE)))
                .setParameter(3, utc(now))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Item> claimed(String token) {
        List<?> rows = em.createNativeQuery("SELECT o.id, o.account_id, o.email, o.topic, o.message_id, o.student_id,"
                        + " o.digest, o.attempts, c.old_value, c.new_value, st.last_name, st.first_name,"
                        + " s.name, l.lesson_date, l.period_no, wt.name, per.name, c.changed_at, r.reason"
                        + " FROM notification_outbox o"
                        + " LEFT JOIN change_record c ON c.id = o.change_record_id"
                        + " LEFT JOIN student st ON st.id = o.student_id"
                        + " LEFT JOIN mark m ON o.topic = 'MARK' AND m.id = c.entity_id"
                        + " LEFT JOIN absence ab ON o.topic = 'ABSENCE' AND ab.id = c.entity_id"
                        + " LEFT JOIN period_grade g ON o.topic = 'PERIOD_GRADE' AND g.id = c.entity_id"
                        + " LEFT JOIN at_risk_pupil r ON o.topic = 'AT_RISK' AND r.id = o.at_risk_id"
                        + " LEFT JOIN lesson l ON l.id = COALESCE(m.lesson_id, ab.lesson_id)"
                        + " LEFT JOIN subject s ON s.id = COALESCE(l.subject_id, g.subject_id, r.subject_id)"
                        + " LEFT JOIN work_type wt ON wt.id = m.work_type_id"
                        + " LEFT JOIN study_period per ON per.id = COALESCE(g.study_period_id, r.study_period_id)"
                        + " WHERE o.claimed_by = ?1 ORDER BY o.account_id, c.changed_at, o.id")
                .setParameter(1, token)
                .getResultList();
        List<Item> items = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            items.add(new Item(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    (String) r[2],
                    Topic.valueOf((String) r[3]),
                    r[4] == null ? null : ((Number) r[4]).longValue(),
                    r[5] == null ? null : ((Number) r[5]).longValue(),
                    Boolean.TRUE.equals(r[6]),
                    ((Number) r[7]).intValue(),
                    (String) r[8],
                    r[9] == null ? (String) r[18] : (String) r[9],
                    (String) r[10],
                    (String) r[11],
                    (String) r[12],
                    r[13] == null ? null : ((Date) r[13]).toLocalDate(),
                    r[14] == null ? null : ((Number) r[14]).intValue(),
                    (String) r[15],
                    (String) r[16],
                    r[17] == null ? null : ((Timestamp) r[17]).toLocalDateTime().toInstant(ZoneOffset.UTC)));
        }
        return items;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(Collection<Long> ids, String token, Instant now) {
        em.createNativeQuery("UPDATE notification_outbox SET sent_at = ?1, claimed_by = NULL, claimed_until = NULL"
                        + " WHERE id IN ("
                        + String.join(",", ids.stream().map(String::valueOf).toList())
                        + ") AND claimed_by = ?2")
                .setParameter(1, utc(now))
                .setParameter(2, token)
                .executeUpdate();
    }

    /**
     * A send failed: the rows are tried again after a back-off (1, 2, 4 … 60 minutes), or, after
     * {@link #MAX_ATTEMPTS} or when the server refused the address itself, given up and reported.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(List<Item> items, String token, Instant now, String error, boolean permanent) {
        String reason = error == null ? "" : error.length() > 1000 ? error.substring(0, 1000) : error;
        List<Item> givenUp = new ArrayList<>();
        for (Item item : items) {
            int attempts = item.attempts() + 1;
            boolean giveUp = permanent || attempts >= MAX_ATTEMPTS;
            em.createNativeQuery("UPDATE notification_outbox SET attempts = ?1, due_at = ?2, last_error = ?3,"
                            + (giveUp ? " failed_at = ?2," : "")
                            + " claimed_by = NULL, claimed_until = NULL WHERE id = ?4 AND claimed_by = ?5")
                    .setParameter(1, attempts)
                    .setParameter(2, utc(giveUp ? now : now.plus(backOff(attempts))))
                    .setParameter(3, reason)
                    .setParameter(4, item.id())
                    .setParameter(5, token)
                    .executeUpdate();
            if (giveUp) {
                givenUp.add(item);
            }
        }
        givenUp.stream().map(i -> i.accountId() + "\n" + i.email()).distinct().forEach(key -> {
            String[] parts = key.split("\n", 2);
            giveUp(Long.parseLong(parts[0]), parts[1], reason, now);
        });
    }

    static Duration backOff(int attempts) {
        return Duration.ofMinutes(Math.min(60, 1L << Math.min(6, attempts - 1)));
    }

    /**
     * An address fails for good: nothing more is queued for it until the card has another address, and
     * when it is a parent's, the class teachers of their children get an internal message.
     */
    private void giveUp(long accountId, String email, String reason, Instant now) {
        LOG.warning(() -> "E-mail to account " + accountId + " given up: " + reason);
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account == null || account.getParent() == null) {
            return;
        }
        int marked = em.createNativeQuery("UPDATE notification_setting SET failed_email = ?1 WHERE account_id = ?2")
                .setParameter(1, email)
                .setParameter(2, accountId)
                .executeUpdate();
        if (marked == 0) {
            NotificationSetting setting = new NotificationSetting(accountId, now);
            setting.setFailedEmail(email);
            em.persist(setting);
        }
        List<?> rows = em.createQuery("""
                        select distinct cta, s.lastName, s.firstName from StudentParent sp join sp.student s
                        join s.schoolClass c, UserAccount cta
                        where sp.parent.id = :parent and cta.staffMember = c.classTeacher and cta.enabled = true""")
                .setParameter("parent", account.getParent().getId())
                .getResultList();
        Set<UserAccount> teachers = new LinkedHashSet<>();
        List<String> children = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            teachers.add((UserAccount) r[0]);
            children.add(r[2] + " " + r[1]);
        }
        if (teachers.isEmpty()) {
            return;
        }
        School school = account.getSchool();
        UserAccount sender =
                messages.nightlySender(school).orElse(teachers.iterator().next());
        messages.send(
                sender,
                teachers,
                Texts.text("notification.mail.failed.subject"),
                Texts.text(
                        "notification.mail.failed.body",
                        account.getParent().fullName(),
                        email,
                        String.join(", ", children.stream().distinct().toList()),
                        reason),
                now);
    }
}
