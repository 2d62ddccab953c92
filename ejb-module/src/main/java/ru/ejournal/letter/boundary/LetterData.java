package ru.ejournal.letter.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the information letter for parents says: the school's header, the period (a study period or a date
 * range), and for each student the marks per subject with the average and the grade, the absences by kind,
 * the class teacher's comment. A letter for a date range has no grades ({@code withGrades} is false).
 */
public record LetterData(
        String schoolName,
        String schoolAddress,
        String className,
        String classTeacher,
        String periodTitle,
        boolean withGrades,
        String comment,
        List<StudentLetter> students)
        implements Serializable {

    /** One student's letter. */
    public record StudentLetter(long studentId, String name, List<SubjectRow> subjects, Absences absences)
            implements Serializable {}

    /** A subject: the marks in order, the weighted average, the grade (set, or proposed when {@code proposed}). */
    public record SubjectRow(String subject, String marks, BigDecimal average, String grade, boolean proposed)
            implements Serializable {}

    /** Missed lessons by kind; {@code late} are lessons attended late. */
    public record Absences(long missed, long ill, long excused, long unexcused, long unexplained, long late)
            implements Serializable {}
}
