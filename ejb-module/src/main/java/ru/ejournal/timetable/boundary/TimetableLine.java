package ru.ejournal.timetable.boundary;

import java.io.Serializable;

/** One lesson of a pupil's weekly timetable in the e-diary: day 1 = Monday … 6 = Saturday. */
public record TimetableLine(int dayOfWeek, int lessonNo, String subject, String subgroup, String teacher, String room)
        implements Serializable {}
