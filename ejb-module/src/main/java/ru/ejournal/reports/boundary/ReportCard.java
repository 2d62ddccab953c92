package ru.ejournal.reports.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * A pupil's report card (табель успеваемости) for the current year so far: per subject, the result of each
 * period in the order of {@link #periods()} (the period grade, else the period-analytics result; null
 * where there is none yet).
 */
public record ReportCard(long studentId, String pupilName, String className, List<String> periods, List<Line> lines)
        implements Serializable {

    public record Line(String subject, List<String> results) implements Serializable {}
}
