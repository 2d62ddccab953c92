package ru.ejournal.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.student.entity.Student;

/** A parent's advance notice that the child will be absent, decided by the class teacher. */
@Entity
@Table(name = "absence_notice")
public class AbsenceNotice extends SchoolOwned {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "student_id", nullable = false)
    private Student student;

    @Column(name = "date_from", nullable = false)
    private LocalDate dateFrom;

    @Column(name = "date_to", nullable = false)
    private LocalDate dateTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 30)
    private ExcuseReason reason;

    @Column(name = "comment", length = 1000)
    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private NoticeStatus status = NoticeStatus.PENDING;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "excuse_id")
    private AbsenceExcuse excuse;

    protected AbsenceNotice() {}

    public AbsenceNotice(
            Student student,
            LocalDate dateFrom,
            LocalDate dateTo,
            ExcuseReason reason,
            String comment,
            String createdBy,
            Instant createdAt) {
        super(student.getSchool());
        this.student = student;
        this.dateFrom = dateFrom;
        this.dateTo = dateTo;
        this.reason = reason;
        this.comment = comment;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void accept(AbsenceExcuse excuse, String by, Instant at) {
        this.status = NoticeStatus.ACCEPTED;
        this.excuse = excuse;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public void reject(String why, String by, Instant at) {
        this.status = NoticeStatus.REJECTED;
        this.decisionReason = why;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Student getStudent() {
        return student;
    }

    public LocalDate getDateFrom() {
        return dateFrom;
    }

    public LocalDate getDateTo() {
        return dateTo;
    }

    public ExcuseReason getReason() {
        return reason;
    }

    public String getComment() {
        return comment;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public AbsenceExcuse getExcuse() {
        return excuse;
    }
}
