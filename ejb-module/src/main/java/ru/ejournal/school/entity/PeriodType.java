package ru.ejournal.school.entity;

/** How a school divides its academic year. */
public enum PeriodType {
    /** четверти */
    QUARTERS,
    /** триместры */
    TRIMESTERS,
    /** полугодия */
    HALF_YEARS
}
