package ru.ejournal.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.ejournal.common.entity.BaseEntity;

/** An account's e-mail choices (table {@code notification_setting}); no row means the defaults. */
@Entity
@Table(name = "notification_setting")
public class NotificationSetting extends BaseEntity {

    public static final int DEFAULT_HOUR = 18;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "marks", nullable = false, length = 10)
    private Delivery marks = Delivery.OFF;

    @Enumerated(EnumType.STRING)
    @Column(name = "absences", nullable = false, length = 10)
    private Delivery absences = Delivery.OFF;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_grades", nullable = false, length = 10)
    private Delivery periodGrades = Delivery.OFF;

    @Enumerated(EnumType.STRING)
    @Column(name = "at_risk", nullable = false, length = 10)
    private Delivery atRisk = Delivery.OFF;

    @Column(name = "digest_hour", nullable = false)
    private int digestHour = DEFAULT_HOUR;

    @Column(name = "copies", nullable = false)
    private boolean copies = true;

    @Column(name = "failed_email", length = 200)
    private String failedEmail;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected NotificationSetting() {}

    public NotificationSetting(Long accountId, Instant at) {
        this.accountId = accountId;
        this.updatedAt = at;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Delivery getMarks() {
        return marks;
    }

    public void setMarks(Delivery marks) {
        this.marks = marks;
    }

    public Delivery getAbsences() {
        return absences;
    }

    public void setAbsences(Delivery absences) {
        this.absences = absences;
    }

    public Delivery getPeriodGrades() {
        return periodGrades;
    }

    public void setPeriodGrades(Delivery periodGrades) {
        this.periodGrades = periodGrades;
    }

    public Delivery getAtRisk() {
        return atRisk;
    }

    public void setAtRisk(Delivery atRisk) {
        this.atRisk = atRisk;
    }

    public int getDigestHour() {
        return digestHour;
    }

    public void setDigestHour(int digestHour) {
        this.digestHour = digestHour;
    }

    public boolean isCopies() {
        return copies;
    }

    public void setCopies(boolean copies) {
        this.copies = copies;
    }

    public String getFailedEmail() {
        return failedEmail;
    }

    public void setFailedEmail(String failedEmail) {
        this.failedEmail = failedEmail;
    }

    public void touch(Instant at) {
        this.updatedAt = at;
    }
}
