package ru.ejournal.messaging.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;
import static ru.ejournal.security.control.RoleNames.PARENT;
import static ru.ejournal.security.control.RoleNames.STUDENT;
import static ru.ejournal.security.control.RoleNames.SUBJECT_TEACHER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.ejournal.common.control.Texts;
import ru.ejournal.common.entity.PersonName;
import ru.ejournal.messaging.control.MessagePosted;
import ru.ejournal.messaging.entity.Message;
import ru.ejournal.messaging.entity.MessageRecipient;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.student.entity.Student;

/**
 * Internal mail (D9): a class teacher writes to the parents of their class, a subject teacher to the
 * parents of the students they teach, a parent to the teachers of their children; to one, several or
 * all parents of a class. Recipients' unread counts and the sender's read receipts.
 */
@Stateless
public class MessageService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    Event<MessagePosted> posted;

    /** Everybody the caller may write to, each about one child (labels in Russian). */
    @RolesAllowed({CLASS_TEACHER, SUBJECT_TEACHER, PARENT})
    public List<Addressee> addressBook() {
        return addressBook(access.caller(), Texts.RUSSIAN);
    }

    /** The same with the labels in {@code locale}. */
    @RolesAllowed({CLASS_TEACHER, SUBJECT_TEACHER, PARENT})
    public List<Addressee> addressBook(Locale locale) {
        return addressBook(access.caller(), locale);
    }

    /** Sends one message to the chosen addressees (keys from {@link #addressBook()}). */
    @RolesAllowed({CLASS_TEACHER, SUBJECT_TEACHER, PARENT})
    public long send(
            @NotEmpty(message = "{messaging.addressees.required}") List<String> addresseeKeys,
            @NotBlank(message = "{messaging.subject.required}") @Size(max = 300, message = "{messaging.subject.size}")
                    String subject,
            @NotBlank(message = "{messaging.body.required}") @Size(max = 5000, message = "{messaging.body.size}")
                    String body) {
        UserAccount caller = access.caller();
        Map<String, Addressee> book = new LinkedHashMap<>();
        addressBook(caller, Texts.RUSSIAN).forEach(a -> book.put(a.key(), a));
        List<Addressee> chosen = new ArrayList<>();
        for (String key : addresseeKeys) {
            Addressee a = book.get(key);
            if (a == null) {
                throw new AccessDeniedException("messaging.notAddressable");
            }
            chosen.add(a);
        }
        return deliver(caller, subject, body, chosen);
    }

    /** Sends one message to every parent (with an account) of a class the caller teaches or leads. */
    @RolesAllowed({CLASS_TEACHER, SUBJECT_TEACHER})
    public long sendToClass(
            @NotNull(message = "{messaging.class.required}") Long classId,
            @NotBlank(message = "{messaging.subject.required}") @Size(max = 300, message = "{messaging.subject.size}")
                    String subject,
            @NotBlank(message = "{messaging.body.required}") @Size(max = 5000, message = "{messaging.body.size}")
                    String body) {
        UserAccount caller = access.caller();
        List<Addressee> parents = addressBook(caller, Texts.RUSSIAN).stream()
                .filter(a -> classId.equals(a.classId()))
                .toList();
        if (parents.isEmpty()) {
            throw new AccessDeniedException("messaging.class.notAddressable");
        }
        return deliver(caller, subject, body, parents);
    }

    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER, SUBJECT_TEACHER, PARENT, STUDENT})
    public long unreadCount() {
        return em.createNamedQuery("MessageRecipient.countUnread", Long.class)
                .setParameter("recipientId", access.caller().getId())
                .getSingleResult();
    }

    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER, SUBJECT_TEACHER, PARENT, STUDENT})
    public long inboxSize() {
        return em.createQuery("select count(r) from MessageRecipient r where r.recipient.id = :me", Long.class)
                .setParameter("me", access.caller().getId())
                .getSingleResult();
    }

    /** A page of the inbox, newest first. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER, SUBJECT_TEACHER, PARENT, STUDENT})
    public List<InboxLine> inbox(@Min(0) int first, @Min(1) int pageSize) {
        return em.createQuery("""
                select r.id, m.id, m.subject, m.sentAt, r.readAt, sm.lastName, sm.firstName, sm.patronymic,
                       pp.lastName, pp.firstName, pp.patronymic, a.login, st.lastName, st.firstName
                from MessageRecipient r join r.message m join m.sender a left join a.staffMember sm
                     left join a.parent pp left join r.student st
                where r.recipient.id = :me order by m.sentAt desc, r.id desc""", Object[].class)
                .setParameter("me", access.caller().getId())
                .setFirstResult(first)
                .setMaxResults(Math.min(pageSize, 100))
                .getResultStream()
                .map(r -> new InboxLine(
                        (Long) r[0],
                        (Long) r[1],
                        name(r, 5, 8, 11),
                        (String) r[2],
                        (Instant) r[3],
                        (Instant) r[4],
                        r[12] == null ? null : PersonName.full((String) r[12], (String) r[13], null)))
                .toList();
    }

    /** Opens a received message and marks it read (the sender's receipt). */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER, SUBJECT_TEACHER, PARENT, STUDENT})
    public MessageText open(@NotNull Long inboxLineId) {
        MessageRecipient row = received(inboxLineId);
        if (!row.isRead()) {
            row.markRead(Instant.now());
        }
        return text(row);
    }

    /** A received message without marking it read (the API reads and marks in two steps). */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER, SUBJECT_TEACHER, PARENT, STUDENT})
    public MessageText read(@NotNull Long inboxLineId) {
        return text(received(inboxLineId));
    }

    /** Marks a received message read (the sender's receipt); when it was read, the first time. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER, SUBJECT_TEACHER, PARENT, STUDENT})
    public Instant markRead(@NotNull Long inboxLineId) {
        MessageRecipient row = received(inboxLineId);
        if (!row.isRead()) {
            // as the database keeps it (microseconds), so that a second call answers the same time
            row.markRead(Instant.now().truncatedTo(ChronoUnit.MICROS));
        }
        return row.getReadAt();
    }

    private MessageRecipient received(Long inboxLineId) {
        UserAccount caller = access.caller();
        MessageRecipient row = em.find(MessageRecipient.class, inboxLineId);
        if (row == null || !row.getRecipient().equals(caller)) {
            throw new AccessDeniedException("messaging.message.noAccess");
        }
        return row;
    }

    private MessageText text(MessageRecipient row) {
        Message m = row.getMessage();
        UserAccount sender = m.getSender();
        Student about = row.getStudent();
        return new MessageText(
                m.getId(),
                accountName(sender),
                sender.getId(),
                m.getSubject(),
                m.getBody(),
                m.getSentAt(),
                about == null ? null : about.fullName());
    }

    @RolesAllowed({CLASS_TEACHER, SUBJECT_TEACHER, PARENT})
    public long sentSize() {
        return em.createQuery("select count(m) from Message m where m.sender.id = :me", Long.class)
                .setParameter("me", access.caller().getId())
                .getSingleResult();
    }

    /** A page of the caller's sent messages with how many recipients have read each. */
    @RolesAllowed({CLASS_TEACHER, SUBJECT_TEACHER, PARENT})
    public List<SentLine> sent(@Min(0) int first, @Min(1) int pageSize) {
        return em.createQuery("""
                select m.id, m.subject, m.sentAt, count(r), count(r.readAt) from Message m join m.recipients r
                where m.sender.id = :me group by m.id, m.subject, m.sentAt order by m.sentAt desc, m.id desc""", Object[].class)
                .setParameter("me", access.caller().getId())
                .setFirstResult(first)
                .setMaxResults(Math.min(pageSize, 100))
                .getResultStream()
                .map(r -> new SentLine((Long) r[0], (String) r[1], (Instant) r[2], (Long) r[3], (Long) r[4]))
                .toList();
    }

    /** The read receipts of a message the caller sent. */
    @RolesAllowed({CLASS_TEACHER, SUBJECT_TEACHER, PARENT})
    public List<Receipt> receipts(@NotNull Long messageId) {
        Message message = em.find(Message.class, messageId);
        if (message == null || !message.getSender().equals(access.caller())) {
            throw new AccessDeniedException("messaging.receipts.senderOnly");
        }
        return em.createQuery("""
                select sm.lastName, sm.firstName, sm.patronymic, pp.lastName, pp.firstName, pp.patronymic, a.login,
                       st.lastName, st.firstName, r.readAt
                from MessageRecipient r join r.recipient a left join a.staffMember sm left join a.parent pp
                     left join r.student st
                where r.message.id = :messageId order by pp.lastName, sm.lastName, a.login""", Object[].class)
                .setParameter("messageId", messageId)
                .getResultStream()
                .map(r -> new Receipt(
                        name(r, 0, 3, 6),
                        r[7] == null ? null : PersonName.full((String) r[7], (String) r[8], null),
                        (Instant) r[9]))
                .toList();
    }

    private long deliver(UserAccount sender, String subject, String body, List<Addressee> to) {
        Message message = new Message(sender, subject.strip(), body.strip(), Instant.now());
        Map<Long, Addressee> byAccount = new LinkedHashMap<>();
        to.forEach(a -> byAccount.putIfAbsent(a.accountId(), a));
        for (Addressee a : byAccount.values()) {
            message.addRecipient(
                    em.getReference(UserAccount.class, a.accountId()),
                    a.studentId() == null ? null : em.getReference(Student.class, a.studentId()));
        }
        em.persist(message);
        em.flush();
        posted.fire(new MessagePosted(message.getId()));
        return message.getId();
    }

    private List<Addressee> addressBook(UserAccount caller, Locale locale) {
        List<Addressee> book = new ArrayList<>();
        if (caller.getStaffMember() != null
                && (access.callerHas(Role.CLASS_TEACHER) || access.callerHas(Role.SUBJECT_TEACHER))) {
            List<String> served = new ArrayList<>();
            if (access.callerHas(Role.CLASS_TEACHER)) {
                served.add("c.classTeacher.id = :staffId");
            }
            if (access.callerHas(Role.SUBJECT_TEACHER)) {
                served.add("c.id in (select t.schoolClass.id from TeachingAssignment t"
                        + " where t.teacher.id = :staffId and t.subgroup is null)");
                served.add("s.id in (select m.id from TeachingAssignment t2 join t2.subgroup g join g.members m"
                        + " where t2.teacher.id = :staffId)");
            }
            em.createQuery(
                            """
                    select a.id, p.lastName, p.firstName, p.patronymic, s.id, s.lastName, s.firstName, c.id, c.grade,
                           c.letter, sp.relation
                    from UserAccount a join a.parent p, StudentParent sp join sp.student s join s.schoolClass c
                    where sp.parent = p and a.enabled = true and c.academicYear.current = true
                      and s.status = ru.ejournal.student.entity.StudentStatus.STUDYING and ("""
                                    + String.join(" or ", served)
                                    + ") order by c.grade, c.letter, s.lastName, s.firstName, p.lastName",
                            Object[].class)
                    .setParameter("staffId", caller.getStaffMember().getId())
                    .getResultStream()
                    .forEach(r -> book.add(new Addressee(
                            r[0] + ":" + r[4],
                            (Long) r[0],
                            (Long) r[4],
                            (Long) r[7],
                            r[8] + "" + r[9],
                            Texts.text(
                                    locale,
                                    "messaging.addressee.parent",
                                    PersonName.initials((String) r[1], (String) r[2], (String) r[3]),
                                    Texts.text(locale, relation(r[10])),
                                    r[5] + " " + r[6],
                                    r[8] + "" + r[9]))));
        }
        if (access.callerHas(Role.PARENT) && caller.getParent() != null) {
            em.createQuery("""
                    select a.id, sm.lastName, sm.firstName, sm.patronymic, s.id, s.firstName, c.id, c.grade, c.letter,
                           ct.id, sm.id
                    from UserAccount a join a.staffMember sm, StudentParent sp join sp.student s join s.schoolClass c
                         left join c.classTeacher ct
                    where sp.parent.id = :parentId and a.enabled = true
                      and (ct = sm
                        or sm.id in (select t.teacher.id from TeachingAssignment t
                            where t.schoolClass = c and t.subgroup is null)
                        or sm.id in (select t2.teacher.id from TeachingAssignment t2 join t2.subgroup g join g.members m
                            where m = s))
                    order by s.firstName, sm.lastName""", Object[].class)
                    .setParameter("parentId", caller.getParent().getId())
                    .getResultStream()
                    .forEach(r -> book.add(new Addressee(
                            r[0] + ":" + r[4],
                            (Long) r[0],
                            (Long) r[4],
                            null,
                            null,
                            Texts.text(
                                    locale,
                                    r[10].equals(r[9])
                                            ? "messaging.addressee.classTeacher"
                                            : "messaging.addressee.teacher",
                                    PersonName.initials((String) r[1], (String) r[2], (String) r[3]),
                                    r[5],
                                    r[7] + "" + r[8]))));
        }
        return book;
    }

    /** The key of the parent's relation to the child. */
    private static String relation(Object relation) {
        return switch (String.valueOf(relation)) {
            case "MOTHER" -> "messaging.relation.mother";
            case "FATHER" -> "messaging.relation.father";
            default -> "messaging.relation.parent";
        };
    }

    private static String name(Object[] r, int staff, int parent, int login) {
        if (r[staff] != null) {
            return PersonName.initials((String) r[staff], (String) r[staff + 1], (String) r[staff + 2]);
        }
        if (r[parent] != null) {
            return PersonName.initials((String) r[parent], (String) r[parent + 1], (String) r[parent + 2]);
        }
        return (String) r[login];
    }

    private static String accountName(UserAccount account) {
        if (account.getStaffMember() != null) {
            return account.getStaffMember().shortName();
        }
        if (account.getParent() != null) {
            return account.getParent().shortName();
        }
        return account.getLogin();
    }
}
