package ru.ejournal.school.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.UserAccount;

/**
 * The administrator or the deputy director closes a study period (no more changes of its marks,
 * period grades and absences, on any path: see {@link ru.ejournal.school.control.ClosedPeriods}) or
 * reopens it, each time with a reason; every close and reopen is a change record of the period
 * (field {@code closed}, the reason in the record's reason).
 */
@Stateless
@RolesAllowed({ADMIN, DEPUTY_DIRECTOR})
public class PeriodClosingService {

    static final String ENTITY = "StudyPeriod";
    static final String FIELD = "closed";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    /** The periods of the caller's school, newest year first, each with its last close or reopen. */
    public List<ClosablePeriod> periods() {
        Long schoolId = access.callerIds().schoolId();
        Map<Long, ChangeRecord> last = new HashMap<>();
        em.createQuery("""
                        select c from ChangeRecord c where c.school.id = :schoolId and c.entityType = :type
                        and c.field = :field order by c.changedAt, c.id""", ChangeRecord.class)
                .setParameter("schoolId", schoolId)
                .setParameter("type", ENTITY)
                .setParameter("field", FIELD)
                .getResultStream()
                .forEach(c -> last.put(c.getEntityId(), c));
        return em.createQuery("""
                        select p from StudyPeriod p join fetch p.academicYear y where p.school.id = :schoolId
                        order by y.startDate desc, p.startDate, p.endDate desc""", StudyPeriod.class)
                .setParameter("schoolId", schoolId)
                .getResultStream()
                .map(p -> {
                    ChangeRecord c = last.get(p.getId());
                    return new ClosablePeriod(
                            p.getId(),
                            p.getAcademicYear().getName(),
                            p.getName(),
                            p.getStartDate(),
                            p.getEndDate(),
                            p.isClosed(),
                            c == null ? null : c.getChangedBy(),
                            c == null ? null : c.getChangedAt(),
                            c == null ? null : c.getReason());
                })
                .toList();
    }

    /** Closes the period: from now on nothing dated inside it changes. */
    public void close(
            @NotNull(message = "{school.period.select}") Long periodId,
            @NotBlank(message = "{school.period.closeReason.required}")
                    @Size(max = 1000, message = "{school.period.reason.size}")
                    String reason) {
        change(periodId, true, reason);
    }

    /** Reopens a closed period, e.g. to correct a mark after an appeal. */
    public void reopen(
            @NotNull(message = "{school.period.select}") Long periodId,
            @NotBlank(message = "{school.period.openReason.required}")
                    @Size(max = 1000, message = "{school.period.reason.size}")
                    String reason) {
        change(periodId, false, reason);
    }

    /** Every close and reopen of the period, newest first. */
    public List<PeriodChange> history(@NotNull(message = "{school.period.select}") Long periodId) {
        StudyPeriod period = ownPeriod(periodId);
        return em.createQuery("""
                        select c from ChangeRecord c where c.entityType = :type and c.entityId = :id
                        and c.field = :field order by c.changedAt desc, c.id desc""", ChangeRecord.class)
                .setParameter("type", ENTITY)
                .setParameter("id", period.getId())
                .setParameter("field", FIELD)
                .getResultStream()
                .map(c -> new PeriodChange(
                        "true".equals(c.getNewValue()), c.getChangedBy(), c.getChangedAt(), c.getReason()))
                .toList();
    }

    private void change(Long periodId, boolean closed, String reason) {
        StudyPeriod period = ownPeriod(periodId);
        if (period.isClosed() == closed) {
            throw new BusinessException(
                    closed ? "school.period.alreadyClosed" : "school.period.alreadyOpen", period.getName());
        }
        String login = access.caller().getLogin();
        period.setClosed(closed);
        ChangeRecord record = new ChangeRecord(
                period.getSchool(),
                ENTITY,
                period.getId(),
                FIELD,
                String.valueOf(!closed),
                String.valueOf(closed),
                login,
                Instant.now());
        record.setReason(reason.strip());
        em.persist(record);
    }

    private StudyPeriod ownPeriod(Long periodId) {
        UserAccount caller = access.caller();
        StudyPeriod period = em.find(StudyPeriod.class, periodId);
        if (period == null || !period.getSchool().equals(caller.getSchool())) {
            throw new AccessDeniedException("school.period.noAccess");
        }
        return period;
    }
}
