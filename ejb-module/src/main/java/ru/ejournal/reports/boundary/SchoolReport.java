package ru.ejournal.reports.boundary;

import java.io.Serializable;
import java.util.List;
import ru.ejournal.reports.control.ReportRules;

/**
 * The school report for a period: each class's figures beside its grade's and the school's, and per subject
 * and teacher the teacher's classes with their success, quality and СОУ.
 */
public record SchoolReport(
        long schoolId,
        long periodId,
        String periodName,
        List<Line> classes,
        List<Line> grades,
        ReportRules.Tally school,
        List<TeacherLine> teachers)
        implements Serializable {

    /** A class («5А») or a grade («5») with its figures (pupils: count; success, quality per pupil; СОУ). */
    public record Line(String name, int grade, ReportRules.Tally figures) implements Serializable {}

    /** A teacher's class in a subject, with the figures of the subject's results there. */
    public record TeacherLine(String teacher, String subject, String className, ReportRules.Tally figures)
            implements Serializable {}
}
