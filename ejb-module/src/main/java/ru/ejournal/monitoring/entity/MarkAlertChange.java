package ru.ejournal.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.ejournal.common.entity.BaseEntity;

/**
 * One mark change of a {@link MarkAlert}, copied from its {@code change_record} with what a revert
 * needs (the mark's lesson, pupil, work type and weight), since the mark may be gone. Never updated.
 */
@Entity
@Table(name = "mark_alert_change")
public class MarkAlertChange extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "mark_alert_id", nullable = false)
    private MarkAlert alert;

    @Column(name = "change_record_id", nullable = false)
    private Long changeRecordId;

    @Column(name = "mark_id", nullable = false)
    private Long markId;

    @Column(name = "lesson_id")
    private Long lessonId;

    @Column(name = "student_id")
    private Long studentId;

    @Column(name = "work_type_code", length = 60)
    private String workTypeCode;

    @Column(name = "weight")
    private Integer weight;

    @Column(name = "old_value", length = 20)
    private String oldValue;

    @Column(name = "new_value", length = 20)
    private String newValue;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "past_lesson", nullable = false)
    private boolean pastLesson;

    @Column(name = "not_taught", nullable = false)
    private boolean notTaught;

    protected MarkAlertChange() {}

    public MarkAlertChange(MarkAlert alert, MarkChangeFacts facts) {
        this.alert = alert;
        this.changeRecordId = facts.changeRecordId();
        this.markId = facts.markId();
        this.lessonId = facts.lessonId();
        this.studentId = facts.studentId();
        this.workTypeCode = facts.workTypeCode();
        this.weight = facts.weight();
        this.oldValue = facts.oldValue();
        this.newValue = facts.newValue();
        this.changedAt = facts.changedAt();
        this.pastLesson = facts.pastLesson();
        this.notTaught = facts.notTaught();
    }

    public MarkAlert getAlert() {
        return alert;
    }

    public Long getChangeRecordId() {
        return changeRecordId;
    }

    public Long getMarkId() {
        return markId;
    }

    public Long getLessonId() {
        return lessonId;
    }

    public Long getStudentId() {
        return studentId;
    }

    public String getWorkTypeCode() {
        return workTypeCode;
    }

    public Integer getWeight() {
        return weight;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public boolean isPastLesson() {
        return pastLesson;
    }

    public boolean isNotTaught() {
        return notTaught;
    }
}
