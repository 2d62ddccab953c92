package ru.ejournal.batch.analytics;

import java.util.List;
import java.util.stream.Stream;

/**
 * The columns of the figures as they stand in {@code period_analytics}, {@code period_result} and the
 * export {@code period-analytics.csv}: one list, so that a new figure is added in one place.
 */
final class AnalyticsColumns {

    /** The missed lessons by reason, and the late arrivals. */
    static final List<String> ABSENCES = List.of("missed", "missed_ill", "missed_excused", "missed_unexcused", "late");

    /** The figures of a class in a subject: its pupils, marks and absences. */
    static final List<String> FIGURES = Stream.concat(
                    Stream.of("students", "average_mark", "success_rate", "quality_rate"), ABSENCES.stream())
            .toList();

    /** When and by which job execution a row was computed. */
    static final List<String> STAMP = List.of("computed_at", "job_execution_id");

    private AnalyticsColumns() {}

    /** The columns named, in order, as one array. */
    @SafeVarargs
    static String[] of(List<String>... parts) {
        return Stream.of(parts).flatMap(List::stream).toArray(String[]::new);
    }
}
