package ru.ejournal.history.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import ru.ejournal.common.entity.Audited;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.history.entity.ChangeRecord;

/**
 * Writes who changed which field of a mark, an absence, a grade or personal data, when, from what
 * to what. A service takes {@link Audited#auditSnapshot()} before the change and hands it here
 * after; only fields that differ are written, in the same transaction as the change.
 */
@Dependent
public class ChangeHistory {

    @PersistenceContext
    EntityManager em;

    /** Records the differences; an empty {@code before} records a new record's fields. */
    public <T extends SchoolOwned & Audited> int record(
            T entity, Map<String, String> before, String changedBy, String reason) {
        if (entity.getId() == null) {
            em.flush();
        }
        Map<String, String> after = entity.auditSnapshot();
        Instant now = Instant.now();
        int written = 0;
        for (String field : new TreeSet<>(unionOfKeys(before, after))) {
            String oldValue = before.get(field);
            String newValue = after.get(field);
            if (!Objects.equals(oldValue, newValue)) {
                ChangeRecord change = new ChangeRecord(
                        entity.getSchool(),
                        entity.auditType(),
                        entity.getId(),
                        field,
                        oldValue,
                        newValue,
                        changedBy,
                        now);
                change.setReason(reason);
                em.persist(change);
                written++;
            }
        }
        return written;
    }

    /**
     * Records the fields of a removed record (old value → none) except those the caller has written
     * already, so that the history alone tells what was removed and a revert can restore it.
     */
    public <T extends SchoolOwned & Audited> int recordRemoval(
            T entity, String changedBy, Instant at, String... alreadyRecorded) {
        Map<String, String> before = entity.auditSnapshot();
        List<String> skip = List.of(alreadyRecorded);
        int written = 0;
        for (Map.Entry<String, String> field : before.entrySet()) {
            if (field.getValue() != null && !skip.contains(field.getKey())) {
                em.persist(new ChangeRecord(
                        entity.getSchool(),
                        entity.auditType(),
                        entity.getId(),
                        field.getKey(),
                        field.getValue(),
                        null,
                        changedBy,
                        at));
                written++;
            }
        }
        return written;
    }

    public List<ChangeRecord> of(String entityType, Long entityId) {
        return em.createNamedQuery("ChangeRecord.findByEntity", ChangeRecord.class)
                .setParameter("entityType", entityType)
                .setParameter("entityId", entityId)
                .getResultList();
    }

    private static TreeSet<String> unionOfKeys(Map<String, String> a, Map<String, String> b) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
