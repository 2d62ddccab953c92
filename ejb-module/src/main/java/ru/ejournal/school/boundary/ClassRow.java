package ru.ejournal.school.boundary;

import java.io.Serializable;

/** A class of a year as the classes page lists it; {@code version} is the one read. */
public record ClassRow(
        Long id, Long yearId, String code, int grade, String letter, Long teacherId, String teacherName, long version)
        implements Serializable {}
