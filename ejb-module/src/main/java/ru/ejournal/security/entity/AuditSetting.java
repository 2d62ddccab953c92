package ru.ejournal.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.school.entity.School;

/** How many months a school keeps its personal-data audit; a school without one keeps it 12 months. */
@Entity
@Table(name = "audit_setting")
public class AuditSetting extends SchoolOwned {

    public static final int DEFAULT_RETENTION_MONTHS = 12;

    @Column(name = "retention_months", nullable = false)
    private int retentionMonths;

    protected AuditSetting() {}

    public AuditSetting(School school, int retentionMonths) {
        super(school);
        this.retentionMonths = retentionMonths;
    }

    public int getRetentionMonths() {
        return retentionMonths;
    }

    public void setRetentionMonths(int retentionMonths) {
        this.retentionMonths = retentionMonths;
    }
}
