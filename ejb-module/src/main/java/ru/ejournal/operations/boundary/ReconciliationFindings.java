package ru.ejournal.operations.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.security.boundary.AccessControl;

/**
 * The findings of attendance-reconciliation for the class teacher (D8): the list of a class for a
 * range, and settling a finding with a note. Findings are written by the batch job with JDBC.
 */
@Stateless
@RolesAllowed({CLASS_TEACHER, DEPUTY_DIRECTOR, ADMIN})
public class ReconciliationFindings {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    public List<FindingView> ofClass(
            @NotNull(message = "{operations.class.required}") Long classId,
            @NotNull(message = "{operations.from.required}") LocalDate from,
            @NotNull(message = "{operations.to.required}") LocalDate to,
            boolean openOnly) {
        access.checkClass(classId, AccessControl.Intent.READ);
        if (to.isBefore(from)) {
            throw new BusinessException("operations.range.toBeforeFrom");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT f.id, f.kind, f.student_id, s.last_name, s.first_name,"
                        + " f.lesson_id, j.name, l.period_no, f.finding_date, f.status, f.note FROM reconciliation_finding f"
                        + " LEFT JOIN student s ON s.id = f.student_id LEFT JOIN lesson l ON l.id = f.lesson_id"
                        + " LEFT JOIN subject j ON j.id = l.subject_id"
                        + " WHERE f.school_class_id = ?1 AND f.finding_date BETWEEN ?2 AND ?3"
                        + (openOnly ? " AND f.status = 'OPEN'" : "")
                        + " ORDER BY f.finding_date, s.last_name, s.first_name, l.period_no, f.id")
                .setParameter(1, classId)
                .setParameter(2, java.sql.Date.valueOf(from))
                .setParameter(3, java.sql.Date.valueOf(to))
                .getResultList();
        return rows.stream()
                .map(r -> new FindingView(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        r[2] == null ? null : ((Number) r[2]).longValue(),
                        r[3] == null ? null : r[3] + " " + r[4],
                        r[5] == null ? null : ((Number) r[5]).longValue(),
                        (String) r[6],
                        r[7] == null ? null : ((Number) r[7]).intValue(),
                        toDate(r[8]),
                        (String) r[9],
                        (String) r[10]))
                .toList();
    }

    /** Marks a finding as dealt with; the note says how (e.g. «справка принесена»). */
    public void settle(long findingId, @Size(max = 1000, message = "{operations.note.size}") String note) {
        List<?> found = em.createNativeQuery("SELECT school_class_id FROM reconciliation_finding WHERE id = ?1")
                .setParameter(1, findingId)
                .getResultList();
        if (found.isEmpty()) {
            throw new BusinessException("operations.finding.notFound");
        }
        access.checkClass(((Number) found.get(0)).longValue(), AccessControl.Intent.WRITE);
        int updated = em.createNativeQuery("UPDATE reconciliation_finding SET status = 'SETTLED', settled_at = ?1,"
                        + " settled_by = ?2, note = ?3, version = version + 1 WHERE id = ?4 AND status = 'OPEN'")
                .setParameter(1, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)))
                .setParameter(2, access.caller().getLogin())
                .setParameter(3, note)
                .setParameter(4, findingId)
                .executeUpdate();
        if (updated == 0) {
            throw new BusinessException("operations.finding.alreadySettled");
        }
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : value instanceof LocalDate l ? l : null;
    }
}
