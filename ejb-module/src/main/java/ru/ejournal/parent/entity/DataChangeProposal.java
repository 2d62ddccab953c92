package ru.ejournal.parent.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.student.entity.Student;

/**
 * One field a parent proposes to change in their own data (phones, workplace, address) or in their
 * child's address; the class teacher accepts or rejects it, field by field.
 */
@Entity
@Table(name = "data_change_proposal")
@NamedQueries({
    @NamedQuery(
            name = "DataChangeProposal.findOpenByClass",
            query = "SELECT DISTINCT p FROM DataChangeProposal p, StudentParent sp"
                    + " WHERE p.status = ru.ejournal.parent.entity.ProposalStatus.OPEN AND sp.parent = p.parent"
                    + " AND sp.student.schoolClass.id = :schoolClassId ORDER BY p.proposedAt"),
    @NamedQuery(
            name = "DataChangeProposal.findByParent",
            query = "SELECT p FROM DataChangeProposal p WHERE p.parent.id = :parentId ORDER BY p.proposedAt DESC"),
    @NamedQuery(
            name = "DataChangeProposal.findOpenByTarget",
            query = "SELECT p FROM DataChangeProposal p WHERE p.targetType = :targetType AND p.targetId = :targetId"
                    + " AND p.field = :field AND p.status = ru.ejournal.parent.entity.ProposalStatus.OPEN")
})
public class DataChangeProposal extends SchoolOwned {

    public static final String PARENT = "Parent";
    public static final String STUDENT = "Student";

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", nullable = false)
    private Parent parent;

    /** For a change of the child's address: the child. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "student_id")
    private Student student;

    @Column(name = "target_type", nullable = false, length = 30)
    private String targetType;

    @Column(name = "target_id", nullable = false)
    private Long targetId;

    @Column(name = "field", nullable = false, length = 60)
    private String field;

    @Column(name = "old_value", length = 500)
    private String oldValue;

    @Column(name = "new_value", length = 500)
    private String newValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private ProposalStatus status = ProposalStatus.OPEN;

    @Column(name = "proposed_by", nullable = false, length = 100)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "reject_reason", length = 1000)
    private String rejectReason;

    protected DataChangeProposal() {}

    public DataChangeProposal(
            Parent parent,
            Student student,
            String field,
            String oldValue,
            String newValue,
            String proposedBy,
            Instant proposedAt) {
        super(parent.getSchool());
        this.parent = parent;
        this.student = student;
        this.targetType = student == null ? PARENT : STUDENT;
        this.targetId = student == null ? parent.getId() : student.getId();
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    public boolean isOpen() {
        return status == ProposalStatus.OPEN;
    }

    public void decide(ProposalStatus outcome, String by, Instant at, String reason) {
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
        this.rejectReason = reason;
    }

    public Parent getParent() {
        return parent;
    }

    public Student getStudent() {
        return student;
    }

    public String getTargetType() {
        return targetType;
    }

    public Long getTargetId() {
        return targetId;
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

    public ProposalStatus getStatus() {
        return status;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getRejectReason() {
        return rejectReason;
    }
}
