package ru.ejournal.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.ejournal.common.entity.BaseEntity;

/** Where the mark-change scan stopped: the one row (id 1) that every scan locks, on every server. */
@Entity
@Table(name = "mark_alert_scan")
public class MarkAlertScan extends BaseEntity {

    public static final long THE_ROW = 1L;

    @Column(name = "scanned_to", nullable = false)
    private Instant scannedTo;

    protected MarkAlertScan() {}

    public Instant getScannedTo() {
        return scannedTo;
    }

    public void setScannedTo(Instant scannedTo) {
        this.scannedTo = scannedTo;
    }
}
