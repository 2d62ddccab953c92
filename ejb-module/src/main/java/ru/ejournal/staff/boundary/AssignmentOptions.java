package ru.ejournal.staff.boundary;

import java.io.Serializable;
import java.util.List;

/** What the assignment form chooses from: the school's teachers, the current year's classes, subjects, subgroups. */
public record AssignmentOptions(
        List<Option> teachers, List<Option> classes, List<Option> subjects, List<Option> subgroups)
        implements Serializable {

    /** One choice; {@code classId} and {@code subjectId} only for a subgroup. */
    public record Option(long id, String name, Long classId, Long subjectId) implements Serializable {}
}
