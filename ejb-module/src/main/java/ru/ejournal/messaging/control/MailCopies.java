package ru.ejournal.messaging.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import ru.ejournal.common.control.Texts;
import ru.ejournal.common.entity.PersonName;

/**
 * E-mail copies of internal messages (D9): one letter per recipient who has an e-mail address (parents
 * and staff), so that no parent sees another parent's address. The internal message stays the original:
 * the copy neither marks it read nor takes replies.
 *
 * <p>Switched on by the system property {@code ejournal.mail.enabled=true} (or the environment variable
 * {@code EJOURNAL_MAIL_ENABLED}), read at every message, so an operator can switch it with the management
 * CLI without a restart. The copies are queued in the notification outbox in the message's transaction
 * and sent after the commit, off the sender's request, with the outbox's retries
 * ({@code notification.control.OutboxDrain}); this class writes a copy's text.
 */
@ApplicationScoped
public class MailCopies {

    @PersistenceContext
    EntityManager em;

    public static boolean enabled() {
        String value = System.getProperty("ejournal.mail.enabled", System.getenv("EJOURNAL_MAIL_ENABLED"));
        return Boolean.parseBoolean(value);
    }

    /** A copy's subject and text. */
    public record Copy(String subject, String text) {}

    /** The copy of a message for a recipient, about a child when the message concerns one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Copy> copy(long messageId, Long studentId) {
        List<Object[]> head = em.createQuery("""
                select m.subject, m.body, sm.lastName, sm.firstName, sm.patronymic,
                       pp.lastName, pp.firstName, pp.patronymic, a.login
                from Message m join m.sender a left join a.staffMember sm left join a.parent pp
                where m.id = :id""", Object[].class)
                .setParameter("id", messageId)
                .getResultList();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Object[] h = head.get(0);
        String sender = h[2] != null
                ? PersonName.full((String) h[2], (String) h[3], (String) h[4])
                : h[5] != null ? PersonName.full((String) h[5], (String) h[6], (String) h[7]) : (String) h[8];
        String childName = studentId == null
                ? null
                : em.createQuery("select s.firstName, s.lastName from Student s where s.id = :id", Object[].class)
                        .setParameter("id", studentId)
                        .getResultStream()
                        .findFirst()
                        .map(r -> r[0] + " " + r[1])
                        .orElse(null);
        String about = childName == null ? "" : Texts.text("messaging.copy.about", childName);
        return Optional.of(new Copy(
                Texts.text("messaging.copy.subject", h[0]), Texts.text("messaging.copy.text", sender, about, h[1])));
    }
}
