package ru.ejournal.diary.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ejournal.common.entity.PersonName;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.entity.VisitKind;

/**
 * The class teacher's weekly report of parents' visits to the journal and the diary (D13): per parent
 * of the class, sign-ins in the last 7 and 30 days, diary views, the last visit; parents with no visit
 * for {@value #QUIET_DAYS} days (or never) are highlighted. Four set-based queries for any class size.
 */
@Stateless
public class VisitReportService {

    public static final int QUIET_DAYS = 14;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @RolesAllowed({CLASS_TEACHER, ADMIN, DEPUTY_DIRECTOR})
    public List<VisitLine> parentsOfClass(@NotNull(message = "{school.class.select}") Long classId) {
        access.checkClass(classId, Intent.WRITE);
        Instant now = Instant.now();
        List<Object[]> parents = em.createQuery("""
                select p.id, p.lastName, p.firstName, p.patronymic, s.lastName, s.firstName
                from StudentParent sp join sp.parent p join sp.student s
                where s.schoolClass.id = :classId
                  and s.status = ru.ejournal.student.entity.StudentStatus.STUDYING
                order by p.lastName, p.firstName, s.lastName""", Object[].class)
                .setParameter("classId", classId)
                .getResultList();
        Map<Long, Long> accountOf = new HashMap<>();
        em.createQuery("""
                select a.parent.id, a.id from UserAccount a where a.parent.id in (
                    select sp.parent.id from StudentParent sp where sp.student.schoolClass.id = :classId)""", Object[].class)
                .setParameter("classId", classId)
                .getResultStream()
                .forEach(r -> accountOf.put((Long) r[0], (Long) r[1]));

        Map<Long, Object[]> recent = new HashMap<>();
        em.createQuery("""
                select v.account.id,
                       sum(case when v.kind = ru.ejournal.security.entity.VisitKind.LOGIN and v.occurredAt >= :week
                           then 1 else 0 end),
                       sum(case when v.kind = ru.ejournal.security.entity.VisitKind.LOGIN then 1 else 0 end),
                       sum(case when v.kind = ru.ejournal.security.entity.VisitKind.DIARY_VIEW then 1 else 0 end)
                from VisitEvent v
                where v.occurredAt >= :month and v.kind in :kinds and v.account.id in (
                    select a.id from UserAccount a, StudentParent sp
                    where a.parent = sp.parent and sp.student.schoolClass.id = :classId)
                group by v.account.id""", Object[].class)
                .setParameter("week", now.minus(Duration.ofDays(7)))
                .setParameter("month", now.minus(Duration.ofDays(30)))
                .setParameter("kinds", List.of(VisitKind.LOGIN, VisitKind.DIARY_VIEW))
                .setParameter("classId", classId)
                .getResultStream()
                .forEach(r -> recent.put((Long) r[0], r));
        Map<Long, Instant> last = new HashMap<>();
        em.createQuery("""
                select v.account.id, max(v.occurredAt) from VisitEvent v
                where v.kind in :kinds and v.account.id in (
                    select a.id from UserAccount a, StudentParent sp
                    where a.parent = sp.parent and sp.student.schoolClass.id = :classId)
                group by v.account.id""", Object[].class)
                .setParameter("kinds", List.of(VisitKind.LOGIN, VisitKind.DIARY_VIEW))
                .setParameter("classId", classId)
                .getResultStream()
                .forEach(r -> last.put((Long) r[0], (Instant) r[1]));

        Instant quietSince = now.minus(Duration.ofDays(QUIET_DAYS));
        List<VisitLine> lines = new ArrayList<>();
        for (Object[] p : parents) {
            Long account = accountOf.get((Long) p[0]);
            Object[] counts = account == null ? null : recent.get(account);
            Instant lastVisit = account == null ? null : last.get(account);
            lines.add(new VisitLine(
                    (Long) p[0],
                    PersonName.full((String) p[1], (String) p[2], (String) p[3]),
                    p[4] + " " + p[5],
                    account != null,
                    number(counts, 1),
                    number(counts, 2),
                    number(counts, 3),
                    lastVisit,
                    lastVisit == null || lastVisit.isBefore(quietSince)));
        }
        return lines;
    }

    private static long number(Object[] row, int index) {
        return row == null || row[index] == null ? 0 : ((Number) row[index]).longValue();
    }
}
