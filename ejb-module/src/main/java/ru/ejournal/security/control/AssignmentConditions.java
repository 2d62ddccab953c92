package ru.ejournal.security.control;

import ru.ejournal.journal.entity.Lesson;

/**
 * The JPQL conditions on a teaching assignment {@code a} that decide whether its teacher may write a lesson:
 * the access check and the grid's folded caller query ask the same words.
 */
public final class AssignmentConditions {

    private AssignmentConditions() {}

    /**
     * The JPQL condition that a teaching assignment {@code a} covers the lesson's group: a subgroup's
     * lesson is written by that subgroup's teachers (parameter {@code :subgroupId}), a whole-class
     * lesson by the class's, so that the teacher of English group 1 may not mark group 2.
     */
    public static String coversGroup(Lesson lesson) {
        return lesson.getSubgroup() == null ? "a.subgroup is null" : "a.subgroup.id = :subgroupId";
    }

    /**
     * The JPQL condition that a teaching assignment {@code a} lets its teacher write a lesson of the day
     * {@code :day} on the day {@code :today}: the assignment holds on the lesson's day and has not ended
     * before today. A replacement teacher from 10 November writes the lessons from 10 November; the
     * lessons before it stay read only for them (the earlier teacher's, corrected by the administrator),
     * and the earlier teacher, whose assignment ended on 9 November, writes nothing after that day.
     */
    public static String holdsOn() {
        return "(a.startDate is null or a.startDate <= :day)"
                + " and (a.endDate is null or (a.endDate >= :day and a.endDate >= :today))";
    }

    /** The JPQL condition that a teaching assignment {@code a} has ended before {@code :today}. */
    public static String ended() {
        return "a.endDate < :today";
    }
}
