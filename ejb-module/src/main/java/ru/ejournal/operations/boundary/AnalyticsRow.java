package ru.ejournal.operations.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** One line of period analytics (D10) as stored by the period-analytics job. */
public record AnalyticsRow(
        long classId,
        String classCode,
        long subjectId,
        String subjectName,
        int students,
        BigDecimal averageMark,
        BigDecimal successRate,
        BigDecimal qualityRate,
        int missed,
        int missedIll,
        int missedExcused,
        int missedUnexcused,
        int late)
        implements Serializable {}
