package ru.ejournal.reports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import ru.ejournal.common.entity.BaseEntity;

/**
 * A pupil at risk in a subject of a study period (table {@code at_risk_pupil}, V23): why (a low grade, too
 * few marks for the weeks left, unexcused absences), the figures and the reason in words. Open while the
 * pupil is on the list; closed, and kept, when they leave it. Written only by {@code AtRiskPass}.
 */
@Entity
@Table(name = "at_risk_pupil")
public class AtRiskPupil extends BaseEntity {

    @Column(name = "school_id", nullable = false, updatable = false)
    private Long schoolId;

    @Column(name = "school_class_id", nullable = false)
    private Long classId;

    @Column(name = "student_id", nullable = false, updatable = false)
    private Long studentId;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Column(name = "study_period_id", nullable = false, updatable = false)
    private Long periodId;

    @Column(name = "low_grade", nullable = false)
    private boolean lowGrade;

    @Column(name = "few_marks", nullable = false)
    private boolean fewMarks;

    @Column(name = "absences", nullable = false)
    private boolean absences;

    @Column(name = "marks", nullable = false)
    private int marks;

    @Column(name = "average_mark", precision = 4, scale = 2)
    private BigDecimal average;

    @Column(name = "proposed", nullable = false, length = 8)
    private String proposed;

    @Column(name = "unexcused", nullable = false)
    private int unexcused;

    @Column(name = "weeks_left", nullable = false)
    private int weeksLeft;

    @Column(name = "reason", nullable = false, length = 300)
    private String reason;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "notified_at")
    private Instant notifiedAt;

    protected AtRiskPupil() {}

    public AtRiskPupil(Long schoolId, Long classId, Long studentId, Long subjectId, Long periodId, Instant now) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.studentId = studentId;
        this.subjectId = subjectId;
        this.periodId = periodId;
        this.openedAt = now;
        this.updatedAt = now;
    }

    /** Takes the verdict's figures; returns whether anything changed. */
    public boolean apply(Long classId, AtRiskVerdict v, Instant now) {
        boolean same = this.classId.equals(classId)
                && lowGrade == v.lowGrade()
                && fewMarks == v.fewMarks()
                && absences == v.absences()
                && marks == v.marks()
                && (average == null ? v.average() == null : v.average() != null && average.compareTo(v.average()) == 0)
                && v.proposed().equals(proposed)
                && unexcused == v.unexcused()
                && weeksLeft == v.weeksLeft()
                && v.reason().equals(reason);
        if (same) {
            return false;
        }
        this.classId = classId;
        lowGrade = v.lowGrade();
        fewMarks = v.fewMarks();
        absences = v.absences();
        marks = v.marks();
        average = v.average();
        proposed = v.proposed();
        unexcused = v.unexcused();
        weeksLeft = v.weeksLeft();
        reason = v.reason();
        updatedAt = now;
        return true;
    }

    /** The parents' notices of this finding have been queued (or mail is off). */
    public void told(Instant now) {
        notifiedAt = now;
    }

    public void close(Instant now) {
        closedAt = now;
        updatedAt = now;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getClassId() {
        return classId;
    }

    public Long getStudentId() {
        return studentId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public boolean isLowGrade() {
        return lowGrade;
    }

    public boolean isFewMarks() {
        return fewMarks;
    }

    public boolean isAbsences() {
        return absences;
    }

    public int getMarks() {
        return marks;
    }

    public BigDecimal getAverage() {
        return average;
    }

    public String getProposed() {
        return proposed;
    }

    public int getUnexcused() {
        return unexcused;
    }

    public int getWeeksLeft() {
        return weeksLeft;
    }

    public String getReason() {
        return reason;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getNotifiedAt() {
        return notifiedAt;
    }
}
