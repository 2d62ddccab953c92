package ru.ejournal.notification.entity;

/** What an outbox row tells: a change of a mark, an absence or a period grade, or a message's copy. */
public enum Topic {
    MARK,
    ABSENCE,
    PERIOD_GRADE,
    COPY
}
