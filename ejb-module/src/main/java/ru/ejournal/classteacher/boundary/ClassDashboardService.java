package ru.ejournal.classteacher.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import ru.ejournal.movement.entity.MovementStatus;
import ru.ejournal.parent.boundary.ParentFilter;
import ru.ejournal.parent.boundary.ParentService;
import ru.ejournal.parent.boundary.ProposalService;
import ru.ejournal.regulation.boundary.AcknowledgementRow;
import ru.ejournal.regulation.boundary.RegulationService;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.student.boundary.RosterFilter;
import ru.ejournal.student.boundary.StudentService;

/** The class teacher's dashboard: one page that answers "what needs my attention" (D11). */
@Stateless
@RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER})
public class ClassDashboardService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    StudentService students;

    @Inject
    ParentService parents;

    @Inject
    RegulationService regulation;

    @Inject
    ProposalService proposals;

    /**
     * The home card's figures: {@link #of}'s unverified pupils, parents without an account, parents who have
     * not acknowledged the regulation and open proposals, each counted by the database, without the other
     * counts, the acknowledgement rows and the proposals' rows the dashboard page reads.
     */
    public Attention attention(@NotNull Long classId) {
        SchoolClass c = access.checkClass(classId, Intent.WRITE);
        return new Attention(
                c.getId(),
                c.getName(),
                students.count(classId, null, RosterFilter.UNVERIFIED),
                parents.count(classId, null, ParentFilter.NO_ACCOUNT),
                regulation.countNotAcknowledgedInClass(classId),
                proposals.countOpenOfClass(classId));
    }

    public Dashboard of(@NotNull Long classId) {
        SchoolClass c = access.checkClass(classId, Intent.WRITE);
        List<AcknowledgementRow> acks = regulation.statusOfClass(classId);
        boolean published = regulation.current().isPresent();
        long openMovements = em.createQuery("""
                        select count(r) from MovementRequest r left join r.student s
                        where r.status = :open and (r.schoolClass = :c or s.schoolClass = :c)""", Long.class)
                .setParameter("open", MovementStatus.OPEN)
                .setParameter("c", c)
                .getSingleResult();
        return new Dashboard(
                c.getId(),
                c.getName(),
                students.count(classId, null, RosterFilter.STUDYING),
                students.count(classId, null, RosterFilter.UNVERIFIED),
                parents.count(classId, null, ParentFilter.UNVERIFIED),
                students.count(classId, null, RosterFilter.NO_ACCOUNT),
                parents.count(classId, null, ParentFilter.NO_ACCOUNT),
                students.count(classId, null, RosterFilter.NEVER_SIGNED_IN),
                parents.count(classId, null, ParentFilter.NEVER_SIGNED_IN),
                published ? acks.stream().filter(a -> !a.acknowledged()).count() : 0,
                published,
                openMovements,
                parents.count(classId, null, ParentFilter.NO_VISIT),
                proposals.openOfClass(classId).size());
    }
}
