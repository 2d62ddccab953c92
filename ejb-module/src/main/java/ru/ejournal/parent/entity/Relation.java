package ru.ejournal.parent.entity;

/** Who the parent is to the student. */
public enum Relation {
    /** мать */
    MOTHER,
    /** отец */
    FATHER,
    /** опекун (законный представитель) */
    GUARDIAN
}
