package ru.ejournal.timetable.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * The timetable screen of one class: its versions, the chosen one's entries, and what the entry form
 * offers (the school's subjects and staff, the class's subgroups).
 */
public record TimetablePage(
        Long classId,
        String className,
        List<VersionRow> versions,
        VersionRow version,
        List<EntryRow> entries,
        List<Choice> subjects,
        List<SubgroupChoice> subgroups,
        List<Choice> teachers)
        implements Serializable {

    /** A subgroup of the class and the subject it is for. */
    public record SubgroupChoice(Long id, String label, Long subjectId) implements Serializable {}
}
