package ru.ejournal.batch.analytics;

import java.io.Serializable;
import java.util.List;

/** The analytics of one school for a period, class by class; {@code periodId} is null when the school has no such period. */
public record SchoolAnalytics(long schoolId, Long periodId, List<ClassAnalytics> classes) implements Serializable {}
