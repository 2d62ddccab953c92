package ru.ejournal.monitoring.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import ru.ejournal.monitoring.entity.Violation;
import ru.ejournal.school.entity.School;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;

/** Journal-completeness monitoring (D7): the violations the deputy director receives. */
@Stateless
public class JournalMonitoringService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    /** Open violations of a school, newest first. */
    @RolesAllowed({DEPUTY_DIRECTOR, ADMIN})
    public List<Violation> openViolations(@NotNull Long schoolId, int first, int max) {
        School school = access.checkSchool(schoolId, Intent.READ);
        return em.createQuery("""
                        select v from Violation v
                        where v.school = :school and v.closedAt is null
                        order by v.arisenAt desc, v.id desc""", Violation.class)
                .setParameter("school", school)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }
}
