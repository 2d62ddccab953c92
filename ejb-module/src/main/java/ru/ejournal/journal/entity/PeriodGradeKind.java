package ru.ejournal.journal.entity;

public enum PeriodGradeKind {
    /** четвертная / триместровая / полугодовая */
    PERIOD,
    /** годовая */
    YEAR,
    /** итоговая */
    FINAL
}
