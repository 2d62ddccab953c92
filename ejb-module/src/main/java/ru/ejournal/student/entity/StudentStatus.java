package ru.ejournal.student.entity;

public enum StudentStatus {
    /** обучается */
    STUDYING,
    /** выбыл: records are kept and read-only */
    DEPARTED,
    /** выпущен: finished the school's last grade at year end; records kept, read-only */
    GRADUATED
}
