package ru.ejournal.regulation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.parent.entity.Parent;

/** A parent's acknowledgement of a regulation version, online or on paper (recorded by staff). */
@Entity
@Table(
        name = "regulation_acknowledgement",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_regulation_ack",
                        columnNames = {"regulation_version_id", "parent_id"}))
@NamedQueries({
    @NamedQuery(
            name = "RegulationAcknowledgement.findByVersion",
            query = "SELECT a FROM RegulationAcknowledgement a WHERE a.regulationVersion.id = :regulationVersionId"
                    + " ORDER BY a.acknowledgedAt"),
    @NamedQuery(
            name = "RegulationAcknowledgement.findByVersionAndParent",
            query = "SELECT a FROM RegulationAcknowledgement a WHERE a.regulationVersion.id = :regulationVersionId"
                    + " AND a.parent.id = :parentId")
})
public class RegulationAcknowledgement extends SchoolOwned {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "regulation_version_id", nullable = false)
    private RegulationVersion regulationVersion;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", nullable = false)
    private Parent parent;

    @Column(name = "acknowledged_at", nullable = false)
    private Instant acknowledgedAt;

    /** True when the parent signed a paper sheet and staff recorded it. */
    @Column(name = "on_paper", nullable = false)
    private boolean onPaper;

    /** Login of whoever recorded it: the parent's own, or the staff member's for paper. */
    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected RegulationAcknowledgement() {}

    public RegulationAcknowledgement(
            RegulationVersion regulationVersion,
            Parent parent,
            Instant acknowledgedAt,
            boolean onPaper,
            String recordedBy) {
        super(regulationVersion.getSchool());
        this.regulationVersion = regulationVersion;
        this.parent = parent;
        this.acknowledgedAt = acknowledgedAt;
        this.onPaper = onPaper;
        this.recordedBy = recordedBy;
    }

    public RegulationVersion getRegulationVersion() {
        return regulationVersion;
    }

    public Parent getParent() {
        return parent;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public boolean isOnPaper() {
        return onPaper;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public void setRegulationVersion(RegulationVersion regulationVersion) {
        this.regulationVersion = regulationVersion;
    }

    public void setParent(Parent parent) {
        this.parent = parent;
    }

    public void setAcknowledgedAt(Instant acknowledgedAt) {
        this.acknowledgedAt = acknowledgedAt;
    }

    public void setOnPaper(boolean onPaper) {
        this.onPaper = onPaper;
    }

    public void setRecordedBy(String recordedBy) {
        this.recordedBy = recordedBy;
    }
}
