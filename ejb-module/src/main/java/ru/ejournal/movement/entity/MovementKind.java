package ru.ejournal.movement.entity;

public enum MovementKind {
    /** прибытие */
    ARRIVAL,
    /** выбытие */
    DEPARTURE
}
