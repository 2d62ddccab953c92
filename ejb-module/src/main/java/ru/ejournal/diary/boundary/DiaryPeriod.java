package ru.ejournal.diary.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import ru.ejournal.journal.boundary.MarkSummary;

/**
 * A student's period in the diary: per subject the marks with their weights, the weighted average,
 * the proposed grade with its working, and the period grade if set; the absences by kind.
 */
public record DiaryPeriod(
        long studentId,
        long periodId,
        String periodName,
        String roundingRule,
        List<SubjectLine> subjects,
        Map<String, Long> absences)
        implements Serializable {

    public record SubjectLine(String subject, List<DiaryMark> marks, MarkSummary summary, String periodGrade)
            implements Serializable {}
}
