package ru.ejournal.batch.analytics;

import java.io.Serializable;
import java.util.List;

/** The analytics of one class for a period (per subject: its figures and each pupil's result); {@code periodId} is null when the school has no such period. */
public record ClassAnalytics(long schoolId, long classId, Long periodId, List<AnalyticsRules.SubjectAnalysis> figures)
        implements Serializable {}
