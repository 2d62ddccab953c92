package ru.ejournal.timetable.boundary;

import java.io.Serializable;

/** One entry of a timetable version as the grid shows it. */
public record EntryRow(
        Long id,
        int dayOfWeek,
        int lessonNo,
        Long subjectId,
        String subject,
        Long subgroupId,
        String subgroup,
        Long teacherId,
        String teacher,
        String room)
        implements Serializable {}
