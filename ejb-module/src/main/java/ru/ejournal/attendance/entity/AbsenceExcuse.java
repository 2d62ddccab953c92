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
import java.util.LinkedHashMap;
import java.util.Map;
import ru.ejournal.common.entity.Audited;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.student.entity.Student;

/** Оправдательный документ (справка, заявление родителей, приказ) covering a range of days. */
@Entity
@Table(name = "absence_excuse")
public class AbsenceExcuse extends SchoolOwned implements Audited {

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

    /** The document, e.g. «справка». */
    @Column(name = "document", length = 200)
    private String document;

    @Column(name = "note", length = 1000)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected AbsenceExcuse() {}

    public AbsenceExcuse(
            Student student,
            LocalDate dateFrom,
            LocalDate dateTo,
            ExcuseReason reason,
            String document,
            String createdBy,
            Instant createdAt) {
        super(student.getSchool());
        this.student = student;
        this.dateFrom = dateFrom;
        this.dateTo = dateTo;
        this.reason = reason;
        this.document = document;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Whether the day lies within the excused dates, both ends included. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(dateFrom) && !day.isAfter(dateTo);
    }

    @Override
    public String auditType() {
        return "AbsenceExcuse";
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("student", Audited.text(student));
        snapshot.put("dateFrom", Audited.text(dateFrom));
        snapshot.put("dateTo", Audited.text(dateTo));
        snapshot.put("reason", Audited.text(reason));
        snapshot.put("document", document);
        snapshot.put("note", note);
        return snapshot;
    }

    public Student getStudent() {
        return student;
    }

    public void setStudent(Student student) {
        this.student = student;
    }

    public LocalDate getDateFrom() {
        return dateFrom;
    }

    public void setDateFrom(LocalDate dateFrom) {
        this.dateFrom = dateFrom;
    }

    public LocalDate getDateTo() {
        return dateTo;
    }

    public void setDateTo(LocalDate dateTo) {
        this.dateTo = dateTo;
    }

    public ExcuseReason getReason() {
        return reason;
    }

    public void setReason(ExcuseReason reason) {
        this.reason = reason;
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }
}
