package ru.ejournal.notification.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.ejournal.attendance.entity.AbsenceCode;
import ru.ejournal.common.control.Texts;
import ru.ejournal.journal.entity.MarkValue;
import ru.ejournal.messaging.control.MailCopies;
import ru.ejournal.notification.control.OutboxStore.Item;
import ru.ejournal.notification.control.UnsubscribeTokens.Scope;
import ru.ejournal.notification.entity.Topic;

/**
 * Sends what the outbox holds through the WildFly mail session {@code java:jboss/mail/ejournal}: claims
 * the due rows ({@link OutboxStore#claim}), writes one letter per message copy and one per account for
 * its due notices (an immediate notice alone or with others that came in the same minute; the digest
 * with everything of the day), sends them outside any transaction, and marks each letter sent, or its
 * rows for a retry after a back-off, or given up when the server refuses the address itself or after
 * {@link OutboxStore#MAX_ATTEMPTS}. Every letter carries a one-click unsubscribe link, also as the
 * {@code List-Unsubscribe} header (RFC 8058). Nothing is sent while {@code ejournal.mail.enabled} is off.
 */
@Stateless
@PermitAll // internal: the timer and the message copies' after-commit trigger
public class OutboxDrain {

    private static final Logger LOG = Logger.getLogger(OutboxDrain.class.getName());

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Resource(lookup = "java:jboss/mail/ejournal")
    Session mailSession;

    @Inject
    OutboxStore store;

    @Inject
    UnsubscribeTokens tokens;

    @Inject
    MailCopies copies;

    /** One letter: the rows it carries and what goes out. */
    record Letter(List<Item> items, String to, String subject, String text, String unsubscribeUrl) {}

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void drainSoon() {
        try {
            drain(Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "E-mail outbox not drained", e);
        }
    }

    /** Sends every letter due at {@code now}; returns how many letters went out. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int drain(Instant now) {
        if (!MailCopies.enabled()) {
            return 0;
        }
        String token = UUID.randomUUID().toString();
        if (store.claim(token, now) == 0) {
            return 0;
        }
        List<Letter> letters = letters(store.claimed(token));
        int sent = 0;
        try (Transport transport = mailSession.getTransport()) {
            transport.connect();
            for (Letter letter : letters) {
                try {
                    MimeMessage mail = mime(letter);
                    transport.sendMessage(mail, mail.getAllRecipients());
                    store.sent(letter.items().stream().map(Item::id).toList(), token, now);
                    sent++;
                } catch (AddressException e) {
                    store.failed(
                            letter.items(),
                            token,
                            now,
                            Texts.text("notification.mail.invalidAddress", String.valueOf(e.getMessage())),
                            true);
                } catch (SendFailedException e) {
                    boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
                    store.failed(letter.items(), token, now, e.getMessage(), refused);
                }
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "E-mail not sent, to be retried: " + e.getMessage());
            List<Item> left = store.claimed(token);
            if (!left.isEmpty()) {
                store.failed(left, token, now, e.getMessage(), false);
            }
        }
        return sent;
    }

    private List<Letter> letters(List<Item> items) {
        List<Letter> letters = new ArrayList<>();
        Map<String, List<Item>> notices = new LinkedHashMap<>();
        for (Item item : items) {
            if (item.topic() == Topic.COPY) {
                Optional<MailCopies.Copy> copy = copies.copy(item.messageId(), item.studentId());
                String url = unsubscribeUrl(item.accountId(), Scope.COPIES);
                copy.ifPresent(c -> letters.add(new Letter(
                        List.of(item),
                        item.email(),
                        c.subject(),
                        c.text() + Texts.text("notification.mail.copy.unsubscribe", url),
                        url)));
            } else {
                notices.computeIfAbsent(item.accountId() + "\n" + item.email(), k -> new ArrayList<>())
                        .add(item);
            }
        }
        for (List<Item> group : notices.values()) {
            Item first = group.get(0);
            boolean digest = group.stream().anyMatch(Item::digest);
            String url = unsubscribeUrl(first.accountId(), Scope.NOTICES);
            StringBuilder text = new StringBuilder(
                    Texts.text(digest ? "notification.mail.intro.digest" : "notification.mail.intro.immediate"));
            for (Item item : group) {
                text.append('\n').append(line(item));
            }
            text.append('\n').append(Texts.text("notification.mail.outro", NotificationTexts.baseUrl(), url));
            letters.add(new Letter(
                    group,
                    first.email(),
                    Texts.text(digest ? "notification.mail.subject.digest" : "notification.mail.subject.immediate"),
                    text.toString(),
                    url));
        }
        return letters;
    }

    /** One notice as a line of the letter: the child, the subject, the day and what changed. */
    String line(Item item) {
        String child = item.childFirst() + " " + item.childLast();
        String subject = item.subject() == null ? "" : item.subject();
        String day = item.day() == null ? "" : DAY.format(item.day());
        boolean changed = item.oldValue() != null;
        return switch (item.topic()) {
            case MARK ->
                Texts.text(
                        changed ? "notification.mail.mark.changed" : "notification.mail.mark.new",
                        child,
                        subject,
                        day,
                        MarkValue.display(item.newValue()),
                        item.workType() == null ? "" : Texts.text("notification.mail.mark.workType", item.workType()),
                        changed ? MarkValue.display(item.oldValue()) : "");
            case ABSENCE ->
                Texts.text(
                        changed ? "notification.mail.absence.changed" : "notification.mail.absence.new",
                        child,
                        subject,
                        day,
                        item.lessonNo() == null ? "" : item.lessonNo().toString(),
                        absence(item.newValue()),
                        changed ? absence(item.oldValue()) : "");
            case PERIOD_GRADE ->
                Texts.text(
                        changed ? "notification.mail.grade.changed" : "notification.mail.grade.new",
                        child,
                        subject,
                        item.period() == null ? "" : item.period(),
                        MarkValue.display(item.newValue()),
                        changed ? MarkValue.display(item.oldValue()) : "");
            case AT_RISK ->
                Texts.text(
                        "notification.mail.atRisk.new",
                        child,
                        subject,
                        item.period() == null ? "" : item.period(),
                        item.newValue() == null ? "" : item.newValue());
            case COPY -> "";
        };
    }

    private static String absence(String code) {
        try {
            return AbsenceCode.valueOf(code).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return String.valueOf(code);
        }
    }

    private String unsubscribeUrl(long accountId, Scope scope) {
        return NotificationTexts.baseUrl() + "/unsubscribe?t=" + tokens.sign(accountId, scope);
    }

    private MimeMessage mime(Letter letter) throws MessagingException {
        MimeMessage mail = new MimeMessage(mailSession);
        mail.setRecipients(
                jakarta.mail.Message.RecipientType.TO, new Address[] {new InternetAddress(letter.to(), true)});
        mail.setSubject(letter.subject(), "UTF-8");
        mail.setSentDate(new Date());
        mail.setHeader("List-Unsubscribe", "<" + letter.unsubscribeUrl() + ">");
        mail.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        mail.setText(letter.text(), "UTF-8");
        return mail;
    }
}
