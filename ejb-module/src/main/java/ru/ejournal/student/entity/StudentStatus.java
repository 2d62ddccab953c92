package ru.ejournal.student.entity;

public enum StudentStatus {
    /** обучается */
    STUDYING,
    /** выбыл: records are kept and read-only */
    DEPARTED
}
