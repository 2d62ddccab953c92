package ru.ejournal.timetable.boundary;

import java.io.Serializable;

/**
 * A timetable entry as the administrator enters it: {@code entryId} null for a new one; day 1 = Monday …
 * 6 = Saturday; {@code subgroupId} null for the whole class.
 */
public record EntryData(
        Long timetableId,
        Long entryId,
        Integer dayOfWeek,
        Integer lessonNo,
        Long subjectId,
        Long subgroupId,
        Long teacherId,
        String room)
        implements Serializable {}
