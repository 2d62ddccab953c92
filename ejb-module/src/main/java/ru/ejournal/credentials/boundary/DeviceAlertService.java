package ru.ejournal.credentials.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.entity.VisitKind;

/** Alerts of staff sign-ins on a device a student used last (D14), for the administrator and deputy. */
@Stateless
@RolesAllowed({ADMIN, DEPUTY_DIRECTOR})
public class DeviceAlertService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    /** One alert: who signed in, when, from where. */
    public record DeviceAlert(String login, String staffName, Instant occurredAt, String ipAddress, String userAgent)
            implements Serializable {}

    public List<DeviceAlert> recent(int first, int max) {
        return em.createQuery("""
                        select v from ru.ejournal.security.entity.VisitEvent v
                        where v.school = :school and v.kind = :kind order by v.occurredAt desc, v.id desc""", ru.ejournal.security.entity.VisitEvent.class)
                .setParameter("school", access.callerSchool())
                .setParameter("kind", VisitKind.STAFF_ON_STUDENT_DEVICE)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, max))
                .getResultStream()
                .map(v -> new DeviceAlert(
                        v.getLogin(),
                        v.getAccount() != null && v.getAccount().getStaffMember() != null
                                ? v.getAccount().getStaffMember().fullName()
                                : v.getLogin(),
                        v.getOccurredAt(),
                        v.getIpAddress(),
                        v.getUserAgent()))
                .toList();
    }

    public long count() {
        return em.createQuery("""
                        select count(v) from ru.ejournal.security.entity.VisitEvent v
                        where v.school = :school and v.kind = :kind""", Long.class)
                .setParameter("school", access.callerSchool())
                .setParameter("kind", VisitKind.STAFF_ON_STUDENT_DEVICE)
                .getSingleResult();
    }
}
