package ru.ejournal.monitoring.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.ejournal.common.control.Texts;
import ru.ejournal.common.entity.PersonName;
import ru.ejournal.messaging.entity.Message;
import ru.ejournal.monitoring.boundary.MarkAlertLine;
import ru.ejournal.monitoring.entity.MarkAlert;
import ru.ejournal.school.entity.School;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;

/**
 * The changes of a mass mark-change alert as lines, and the one internal message about the alert to
 * the school's deputy directors and administrators: sent when the alert opens and rewritten (and shown
 * as unread again) while the burst grows, so that a burst of 51 changes is one message listing all 51.
 */
@Dependent
public class MarkAlerts {

    /** The start of every revert's reason (see {@link #revertReason}), as a LIKE pattern. */
    static final String REVERT_REASON_START = Texts.text("monitoring.markAlert.revertReason.start") + "%";

    /** Lines of the message at most; the page lists every change. */
    static final int MESSAGE_LINES = 300;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @PersistenceContext
    EntityManager em;

    @Inject
    MonitoringMessages messages;

    /** Every change of the alert with its pupil, lesson and subject, in the order they were made. */
    public List<MarkAlertLine> lines(Long alertId) {
        return em.createQuery("""
                select x.id, x.markId, st.lastName, st.firstName, st.patronymic, l.lessonDate, sub.name, c.grade,
                       c.letter, x.oldValue, x.newValue, x.changedAt, x.pastLesson, x.notTaught
                from MarkAlertChange x left join Student st on st.id = x.studentId
                     left join Lesson l on l.id = x.lessonId left join l.subject sub left join l.schoolClass c
                where x.alert.id = :alertId order by x.changedAt, x.id""", Object[].class)
                .setParameter("alertId", alertId)
                .getResultStream()
                .map(r -> new MarkAlertLine(
                        (Long) r[0],
                        (Long) r[1],
                        r[2] == null ? null : PersonName.full((String) r[2], (String) r[3], (String) r[4]),
                        (LocalDate) r[5],
                        (String) r[6],
                        r[7] == null ? null : r[7] + (String) r[8],
                        (String) r[9],
                        (String) r[10],
                        (Instant) r[11],
                        (Boolean) r[12],
                        (Boolean) r[13]))
                .toList();
    }

    /** The account's staff member's name, or null (a parent's or pupil's account has none). */
    public String accountName(String login) {
        return em.createQuery(
                        "select sm.lastName, sm.firstName, sm.patronymic from UserAccount a join a.staffMember sm"
                                + " where a.login = :login",
                        Object[].class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst()
                .map(r -> PersonName.full((String) r[0], (String) r[1], (String) r[2]))
                .orElse(null);
    }

    /** Sends the message about a new alert, or rewrites the one already sent when the alert has grown. */
    public void announce(MarkAlert alert, School school, Instant now) {
        String subject = subject(alert);
        String body = body(alert, school);
        if (alert.getMessageId() != null) {
            Message message = em.find(Message.class, alert.getMessageId());
            if (message != null) {
                message.setSubject(subject.length() > 300 ? subject.substring(0, 300) : subject);
                message.setBody(body);
                em.createQuery("update MessageRecipient r set r.readAt = null where r.message.id = :id")
                        .setParameter("id", message.getId())
                        .executeUpdate();
                return;
            }
        }
        Optional<UserAccount> sender = messages.nightlySender(school);
        List<UserAccount> recipients = new ArrayList<>(messages.deputies(school));
        em.createNamedQuery("UserAccount.findByRole", UserAccount.class)
                .setParameter("schoolId", school.getId())
                .setParameter("role", Role.ADMIN)
                .getResultStream()
                .filter(UserAccount::isEnabled)
                .forEach(recipients::add);
        if (sender.isEmpty() || recipients.isEmpty()) {
            return;
        }
        Message message = messages.send(sender.get(), recipients, subject, body, now);
        em.flush();
        alert.setMessageId(message.getId());
    }

    private String subject(MarkAlert alert) {
        return format("subject", account(alert), alert.getChangeCount());
    }

    private String body(MarkAlert alert, School school) {
        ZoneId zone = ZoneId.systemDefault();
        StringBuilder body = new StringBuilder(format(
                "intro",
                account(alert),
                alert.getChangeCount(),
                alert.getPastCount(),
                alert.getNotTaughtCount(),
                MOMENT.format(alert.getFirstChangeAt().atZone(zone)),
                MOMENT.format(alert.getLastChangeAt().atZone(zone)),
                String.valueOf(alert.getId())));
        List<MarkAlertLine> lines = lines(alert.getId());
        String unknown = Texts.text("monitoring.markAlert.message.unknown");
        String nothing = Texts.text("monitoring.markAlert.message.nothing");
        lines.stream()
                .limit(MESSAGE_LINES)
                .forEach(l -> body.append(format(
                                "line",
                                l.lessonDate() == null ? unknown : DAY.format(l.lessonDate()),
                                l.subject() == null ? unknown : l.subject(),
                                l.className() == null ? unknown : l.className(),
                                l.pupil() == null ? unknown : l.pupil(),
                                l.oldValue() == null ? nothing : l.oldValue(),
                                l.newValue() == null ? nothing : l.newValue(),
                                MOMENT.format(l.changedAt().atZone(zone)),
                                l.notTaught() ? Texts.text("monitoring.markAlert.message.notTaught") : ""))
                        .append('\n'));
        if (lines.size() > MESSAGE_LINES) {
            body.append(format("more", lines.size() - MESSAGE_LINES));
        }
        if (alert.getLastChangeAt()
                .plus(Duration.ofMinutes(school.getMarkAlertMinutes()))
                .isAfter(Instant.now())) {
            body.append(Texts.text("monitoring.markAlert.message.grows"));
        }
        return body.toString();
    }

    private String account(MarkAlert alert) {
        String name = accountName(alert.getAccountLogin());
        return name == null ? alert.getAccountLogin() : name + " (" + alert.getAccountLogin() + ")";
    }

    /**
     * The reason written into the history of a revert's changes. It is data, not a screen text: the scan
     * leaves changes with this reason out, so that a revert by the deputy director raises no alert.
     */
    public static String revertReason(long alertId) {
        return Texts.text("monitoring.markAlert.revertReason", alertId);
    }

    /** The message's text in Russian, the journal's language; counts grouped by thousands as the message always had. */
    private static String format(String key, Object... arguments) {
        Object[] printed = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            printed[i] = arguments[i] instanceof Number n
                    ? NumberFormat.getInstance(Texts.RUSSIAN).format(n)
                    : arguments[i];
        }
        return Texts.text("monitoring.markAlert.message." + key, printed);
    }
}
