package ru.ejournal.messaging.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.ejournal.common.entity.PersonName;

/**
 * E-mail copies of internal messages (D9) through the WildFly mail session {@code
 * java:jboss/mail/ejournal}: one letter per recipient who has an e-mail address (parents and staff),
 * so that no parent sees another parent's address. The internal message stays the original: the
 * copy neither marks it read nor takes replies.
 *
 * <p>Switched on by the system property {@code ejournal.mail.enabled=true} (or the environment
 * variable {@code EJOURNAL_MAIL_ENABLED}), read at every message, so an operator can switch it with
 * the management CLI without a restart. Sending runs after the commit, off the teacher's request; a
 * failing SMTP server costs a warning in the log, never the message.
 */
@Stateless
@PermitAll // internal: reached only through MailCopyTrigger, after a service has checked the sender
public class MailCopies {

    private static final Logger LOG = Logger.getLogger(MailCopies.class.getName());

    static final String SUBJECT_PREFIX = "Электронный журнал: ";

    @Resource(lookup = "java:jboss/mail/ejournal")
    Session mailSession;

    @PersistenceContext
    EntityManager em;

    public static boolean enabled() {
        String value = System.getProperty("ejournal.mail.enabled", System.getenv("EJOURNAL_MAIL_ENABLED"));
        return Boolean.parseBoolean(value);
    }

    /** A copy for one addressee: the address and, when the message concerns a child, the child. */
    record Copy(String email, String childName) {}

    @Asynchronous
    public void send(long messageId) {
        List<Object[]> head = em.createQuery("""
                select m.subject, m.body, sm.lastName, sm.firstName, sm.patronymic,
                       pp.lastName, pp.firstName, pp.patronymic, a.login
                from Message m join m.sender a left join a.staffMember sm left join a.parent pp
                where m.id = :id""", Object[].class)
                .setParameter("id", messageId)
                .getResultList();
        if (head.isEmpty()) {
            return;
        }
        Object[] h = head.get(0);
        String sender = h[2] != null
                ? PersonName.full((String) h[2], (String) h[3], (String) h[4])
                : h[5] != null ? PersonName.full((String) h[5], (String) h[6], (String) h[7]) : (String) h[8];
        List<Copy> copies = em.createQuery("""
                select coalesce(pp.email, sm.email), st.lastName, st.firstName
                from MessageRecipient r join r.recipient a left join a.parent pp left join a.staffMember sm
                     left join r.student st
                where r.message.id = :id and coalesce(pp.email, sm.email) is not null
                order by r.id""", Object[].class).setParameter("id", messageId).getResultList().stream()
                .map(r -> new Copy((String) r[0], r[1] == null ? null : r[2] + " " + r[1]))
                .toList();
        if (copies.isEmpty()) {
            return;
        }
        try (Transport transport = mailSession.getTransport()) {
            transport.connect();
            for (Copy copy : copies) {
                try {
                    MimeMessage mail = letter(copy, sender, (String) h[0], (String) h[1]);
                    transport.sendMessage(mail, mail.getAllRecipients());
                } catch (AddressException e) {
                    LOG.log(Level.WARNING, "E-mail copy of message {0}: bad address {1}", new Object[] {
                        messageId, copy.email()
                    });
                }
            }
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "E-mail copies of message " + messageId + " not sent: " + e.getMessage(), e);
        }
    }

    private MimeMessage letter(Copy copy, String sender, String subject, String body) throws MessagingException {
        MimeMessage mail = new MimeMessage(mailSession);
        mail.setRecipients(
                jakarta.mail.Message.RecipientType.TO, new Address[] {new InternetAddress(copy.email(), true)});
        mail.setSubject(SUBJECT_PREFIX + subject, "UTF-8");
        mail.setSentDate(new Date());
        String about = copy.childName() == null ? "" : " (о ребёнке: " + copy.childName() + ")";
        mail.setText(
                sender + " пишет вам в электронном журнале" + about + ":\n\n" + body
                        + "\n\n—\nЭто копия сообщения из электронного журнала. Ответить и отметить его прочитанным"
                        + " можно в журнале, в разделе «Сообщения».\n",
                "UTF-8");
        return mail;
    }
}
