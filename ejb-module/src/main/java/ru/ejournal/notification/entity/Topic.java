package ru.ejournal.notification.entity;

/** What an outbox row tells: a change of a mark, an absence or a period grade, a message's copy, or a risk. */
public enum Topic {
    MARK,
    ABSENCE,
    PERIOD_GRADE,
    COPY,
    /** A child entered the list of pupils at risk in a subject (issue 16). */
    AT_RISK
}
