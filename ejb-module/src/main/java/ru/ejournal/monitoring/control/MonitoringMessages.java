package ru.ejournal.monitoring.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.ejournal.messaging.control.MessagePosted;
import ru.ejournal.messaging.entity.Message;
import ru.ejournal.school.entity.School;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;

/**
 * Sends monitoring's internal messages ({@link Message} with a {@code MessageRecipient} per
 * addressee). The messaging screens belong to the messaging area; this is only the writer, and
 * like the messaging service it announces each message, for its e-mail copy.
 */
@Dependent
public class MonitoringMessages {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<MessagePosted> posted;

    public Message send(
            UserAccount sender, Collection<UserAccount> recipients, String subject, String body, Instant at) {
        Message message = new Message(sender, subject.length() > 300 ? subject.substring(0, 300) : subject, body, at);
        recipients.stream().distinct().forEach(r -> message.addRecipient(r, null));
        em.persist(message);
        posted.fire(new MessagePosted(message.getId()));
        return message;
    }

    /** The enabled deputy directors of a school. */
    public List<UserAccount> deputies(School school) {
        return em.createNamedQuery("UserAccount.findByRole", UserAccount.class)
                .setParameter("schoolId", school.getId())
                .setParameter("role", Role.DEPUTY_DIRECTOR)
                .getResultStream()
                .filter(UserAccount::isEnabled)
                .toList();
    }

    /**
     * Who signs the nightly messages: the school's first deputy director, else its first
     * administrator (the deputy director is the one who controls the journal).
     */
    public Optional<UserAccount> nightlySender(School school) {
        return deputies(school).stream()
                .findFirst()
                .or(() -> em.createNamedQuery("UserAccount.findByRole", UserAccount.class)
                        .setParameter("schoolId", school.getId())
                        .setParameter("role", Role.ADMIN)
                        .getResultStream()
                        .filter(UserAccount::isEnabled)
                        .findFirst());
    }

    /** The enabled accounts of the given staff members, by staff member id (one query). */
    public Map<Long, List<UserAccount>> accountsOfStaff(Collection<Long> staffIds) {
        Map<Long, List<UserAccount>> accounts = new HashMap<>();
        if (staffIds.isEmpty()) {
            return accounts;
        }
        em.createQuery(
                        "select a from UserAccount a where a.staffMember.id in :ids and a.enabled = true",
                        UserAccount.class)
                .setParameter("ids", staffIds)
                .getResultList()
                .forEach(a -> accounts.computeIfAbsent(a.getStaffMember().getId(), k -> new java.util.ArrayList<>())
                        .add(a));
        return accounts;
    }
}
