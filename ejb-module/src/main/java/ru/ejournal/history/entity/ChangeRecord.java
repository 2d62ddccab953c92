package ru.ejournal.history.entity;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.school.entity.School;

/** One changed field of an audited entity: who, when, old value, new value. Never updated. */
@Entity
// The school may be null: changes of region-level accounts have none (V7).
@AssociationOverride(name = "school", joinColumns = @JoinColumn(name = "school_id", nullable = true))
@Table(name = "change_record")
@NamedQueries({
    @NamedQuery(
            name = "ChangeRecord.findByEntity",
            query = "SELECT c FROM ChangeRecord c WHERE c.entityType = :entityType AND c.entityId = :entityId"
                    + " ORDER BY c.changedAt DESC, c.id DESC")
})
public class ChangeRecord extends SchoolOwned {

    /** {@code Audited.auditType()} of the changed entity. */
    @Column(name = "entity_type", nullable = false, length = 60)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private Long entityId;

    @Column(name = "field", nullable = false, length = 60)
    private String field;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "reason", length = 1000)
    private String reason;

    protected ChangeRecord() {}

    public ChangeRecord(
            School school,
            String entityType,
            Long entityId,
            String field,
            String oldValue,
            String newValue,
            String changedBy,
            Instant changedAt) {
        super(school);
        this.entityType = entityType;
        this.entityId = entityId;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public void setEntityId(Long entityId) {
        this.entityId = entityId;
    }

    public void setField(String field) {
        this.field = field;
    }

    public void setOldValue(String oldValue) {
        this.oldValue = oldValue;
    }

    public void setNewValue(String newValue) {
        this.newValue = newValue;
    }

    public void setChangedBy(String changedBy) {
        this.changedBy = changedBy;
    }

    public void setChangedAt(Instant changedAt) {
        this.changedAt = changedAt;
    }
}
