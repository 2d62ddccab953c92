package ru.ejournal.reports.boundary;

import java.io.Serializable;
import java.util.Map;
import ru.ejournal.reports.control.ReportRules;

/**
 * What the school report compares with: the previous period of the same kind in the same year, and the same
 * period (by code) of the previous school year. The figures are keyed as the report's lines of the chosen
 * period: {@code "c5А"} a class, {@code "g5"} a grade, {@code "s"} the school. Against the previous year a
 * class is compared with the class of the same pupils then (5А with last year's 4А); a grade and the school
 * with themselves. A name is null (and its map empty) when there is no such period or nothing computed there.
 */
public record SchoolComparison(
        String previousName,
        Map<String, ReportRules.Tally> previous,
        String lastYearName,
        Map<String, ReportRules.Tally> lastYear)
        implements Serializable {

    public static String classKey(String className) {
        return "c" + className;
    }

    public static String gradeKey(int grade) {
        return "g" + grade;
    }

    public static final String SCHOOL = "s";
}
