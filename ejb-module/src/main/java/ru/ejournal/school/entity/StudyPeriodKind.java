package ru.ejournal.school.entity;

public enum StudyPeriodKind {
    /** четверть */
    QUARTER,
    /** триместр */
    TRIMESTER,
    /** полугодие */
    HALF_YEAR,
    /** учебный год целиком */
    YEAR
}
