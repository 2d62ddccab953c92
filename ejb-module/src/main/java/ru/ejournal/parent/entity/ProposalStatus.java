package ru.ejournal.parent.entity;

/** State of a parent's proposed change to personal data. */
public enum ProposalStatus {
    /** ждёт решения классного руководителя */
    OPEN,
    /** принято */
    ACCEPTED,
    /** отклонено */
    REJECTED
}
