package ru.ejournal.movement.entity;

public enum MovementStatus {
    /** ждёт решения администратора */
    OPEN,
    /** исполнена */
    EXECUTED,
    /** отклонена */
    REJECTED
}
