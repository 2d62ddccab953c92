package ru.ejournal.notification.entity;

/** How a parent wants to hear of one kind of change: not at all, at once, or in the daily digest. */
public enum Delivery {
    OFF,
    IMMEDIATE,
    DIGEST
}
