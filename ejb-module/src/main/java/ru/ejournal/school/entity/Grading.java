package ru.ejournal.school.entity;

/** How a subject is assessed. */
public enum Grading {
    /** отметки 1–5 */
    MARKS,
    /** зачёт / незачёт */
    PASS_FAIL
}
