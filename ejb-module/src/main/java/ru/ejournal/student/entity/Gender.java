package ru.ejournal.student.entity;

public enum Gender {
    /** мужской */
    M,
    /** женский */
    F
}
