package ru.ejournal.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.school.entity.School;

/**
 * One burst of one account's suspicious mark changes (many marks of past lessons in a short time, or
 * marks of lessons the account does not teach): what the deputy directors and administrators are told
 * about and may revert. The burst's first change time with the school and the account is its key.
 */
@Entity
@Table(name = "mark_alert")
public class MarkAlert extends SchoolOwned {

    @Column(name = "account_login", nullable = false, length = 100)
    private String accountLogin;

    @Column(name = "first_change_at", nullable = false)
    private Instant firstChangeAt;

    @Column(name = "last_change_at", nullable = false)
    private Instant lastChangeAt;

    @Column(name = "change_count", nullable = false)
    private int changeCount;

    @Column(name = "past_count", nullable = false)
    private int pastCount;

    @Column(name = "not_taught_count", nullable = false)
    private int notTaughtCount;

    /** The one message about this alert, rewritten while the burst grows. */
    @Column(name = "message_id")
    private Long messageId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "reverted_at")
    private Instant revertedAt;

    @Column(name = "reverted_by", length = 100)
    private String revertedBy;

    @Column(name = "reverted_count")
    private Integer revertedCount;

    @Column(name = "skipped_count")
    private Integer skippedCount;

    protected MarkAlert() {}

    public MarkAlert(School school, String accountLogin, Instant firstChangeAt, Instant now) {
        super(school);
        this.accountLogin = accountLogin;
        this.firstChangeAt = firstChangeAt;
        this.lastChangeAt = firstChangeAt;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Counts one more change of the burst. */
    public void add(MarkAlertChange change, Instant now) {
        changeCount++;
        if (change.isPastLesson()) {
            pastCount++;
        }
        if (change.isNotTaught()) {
            notTaughtCount++;
        }
        if (change.getChangedAt().isAfter(lastChangeAt)) {
            lastChangeAt = change.getChangedAt();
        }
        updatedAt = now;
    }

    public void reverted(String login, Instant at, int reverted, int skipped) {
        this.revertedBy = login;
        this.revertedAt = at;
        this.revertedCount = reverted;
        this.skippedCount = skipped;
    }

    public boolean isReverted() {
        return revertedAt != null;
    }

    public String getAccountLogin() {
        return accountLogin;
    }

    public Instant getFirstChangeAt() {
        return firstChangeAt;
    }

    public Instant getLastChangeAt() {
        return lastChangeAt;
    }

    public int getChangeCount() {
        return changeCount;
    }

    public int getPastCount() {
        return pastCount;
    }

    public int getNotTaughtCount() {
        return notTaughtCount;
    }

    public Long getMessageId() {
        return messageId;
    }

    public void setMessageId(Long messageId) {
        this.messageId = messageId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getRevertedAt() {
        return revertedAt;
    }

    public String getRevertedBy() {
        return revertedBy;
    }

    public Integer getRevertedCount() {
        return revertedCount;
    }

    public Integer getSkippedCount() {
        return skippedCount;
    }
}
