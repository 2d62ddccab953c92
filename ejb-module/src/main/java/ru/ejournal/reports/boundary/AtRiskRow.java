package ru.ejournal.reports.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An open finding of a pupil at risk as the screens show it: the pupil, the class, the subject, the period,
 * the reasons that hold, the figures and the reason in words, and since when the pupil is on the list.
 */
public record AtRiskRow(
        long id,
        long studentId,
        String pupil,
        long classId,
        String className,
        long subjectId,
        String subject,
        long periodId,
        String period,
        boolean lowGrade,
        boolean fewMarks,
        boolean absences,
        int marks,
        BigDecimal average,
        String proposed,
        int unexcused,
        int weeksLeft,
        String reason,
        Instant openedAt)
        implements Serializable {}
