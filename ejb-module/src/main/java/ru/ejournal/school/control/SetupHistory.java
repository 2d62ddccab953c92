package ru.ejournal.school.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.school.entity.School;

/**
 * The change history of the school's setup (years, periods, classes, subjects, work types, bells):
 * the fields that differ between two snapshots, in the same transaction as the change. The setup
 * entities predate {@code Audited}, so their snapshots are made by {@link SetupSnapshots}.
 */
@Dependent
public class SetupHistory {

    @PersistenceContext
    EntityManager em;

    /** Writes one record per changed field; an empty {@code before} records a new record's fields. */
    public int record(
            School school,
            String entityType,
            Long entityId,
            Map<String, String> before,
            Map<String, String> after,
            String changedBy,
            String reason) {
        Instant now = Instant.now();
        TreeSet<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        int written = 0;
        for (String field : fields) {
            String oldValue = before.get(field);
            String newValue = after.get(field);
            if (!Objects.equals(oldValue, newValue)) {
                ChangeRecord change =
                        new ChangeRecord(school, entityType, entityId, field, oldValue, newValue, changedBy, now);
                change.setReason(reason);
                em.persist(change);
                written++;
            }
        }
        return written;
    }
}
