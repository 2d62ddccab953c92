package ru.ejournal.movement.entity;

public enum MovementKind {
    /** прибытие */
    ARRIVAL,
    /** выбытие */
    DEPARTURE,
    /** перевод в другой класс этой школы (target class, from the effective date) */
    TRANSFER,
    /** перевод в другую школу региона: sent by this school's admin, accepted by the target school's */
    SCHOOL_TRANSFER
}
