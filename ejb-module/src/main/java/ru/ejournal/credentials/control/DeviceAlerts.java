package ru.ejournal.credentials.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import ru.ejournal.security.boundary.ClientInfo;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.security.entity.VisitEvent;
import ru.ejournal.security.entity.VisitKind;

/**
 * D14: a staff account that signs in from a browser whose previous sign-in was a student's is let
 * in, but the visit log gets a {@link VisitKind#STAFF_ON_STUDENT_DEVICE} alert for the
 * administrator and the deputy director.
 */
@Dependent
public class DeviceAlerts {

    @PersistenceContext
    EntityManager em;

    /** Called after a successful sign-in has been recorded (the newest login of the device); true if alerted. */
    public boolean check(UserAccount account, ClientInfo client, Instant now) {
        if (client == null
                || client.deviceId() == null
                || account.getRoles().stream().noneMatch(Role::isStaff)) {
            return false;
        }
        // the accounts as ids, not entities: an account entity loads every relation of its own (no weaving)
        List<Long> lastTwo = em.createQuery("""
                        select a.id from VisitEvent v left join v.account a
                        where v.deviceId = :device and v.kind = :login
                        order by v.occurredAt desc, v.id desc""", Long.class)
                .setParameter("device", client.deviceId())
                .setParameter("login", VisitKind.LOGIN)
                .setMaxResults(2)
                .getResultList();
        boolean studentBefore = lastTwo.size() == 2
                && lastTwo.get(1) != null
                && em.createQuery(
                                        "select count(a) from UserAccount a where a.id = :id and :student member of a.roles",
                                        Long.class)
                                .setParameter("id", lastTwo.get(1))
                                .setParameter("student", Role.STUDENT)
                                .getSingleResult()
                        > 0;
        if (studentBefore) {
            VisitEvent alert = new VisitEvent(
                    account.getSchool(), account, account.getLogin(), VisitKind.STAFF_ON_STUDENT_DEVICE, now);
            alert.setIpAddress(client.ipAddress());
            alert.setUserAgent(client.userAgent());
            alert.setDeviceId(client.deviceId());
            em.persist(alert);
        }
        return studentBefore;
    }
}
