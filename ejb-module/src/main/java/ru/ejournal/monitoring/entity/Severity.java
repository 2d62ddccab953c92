package ru.ejournal.monitoring.entity;

public enum Severity {
    /** предупреждение: the deadline is near or just passed */
    WARNING,
    /** нарушение: reported to the deputy director */
    VIOLATION
}
