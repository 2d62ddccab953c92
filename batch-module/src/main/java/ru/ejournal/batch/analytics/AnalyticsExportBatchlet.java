package ru.ejournal.batch.analytics;

import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.ejournal.batch.common.CsvExportBatchlet;

/** Writes {@code period-analytics.csv} of the period (and school), sorted by school, class, subject. */
@Named
public class AnalyticsExportBatchlet extends CsvExportBatchlet {

    @Inject
    @BatchProperty
    String periodCode;

    public AnalyticsExportBatchlet() {
        super(
                "period-analytics.csv",
                List.of(AnalyticsColumns.of(
                        List.of("school_code", "class_code", "subject_code", "period_code"), AnalyticsColumns.FIGURES)),
                4);
    }

    @Override
    protected String sql() {
        return "SELECT s.code, c.code, j.code, p.code, a.students, a.average_mark, a.success_rate, a.quality_rate,"
                + " a.missed, a.missed_ill, a.missed_excused, a.missed_unexcused, a.late FROM period_analytics a"
                + " JOIN school s ON s.id = a.school_id JOIN school_class c ON c.id = a.school_class_id"
                + " JOIN subject j ON j.id = a.subject_id JOIN study_period p ON p.id = a.study_period_id"
                // the period the job computed: the current year's of that code, else the latest
                + " WHERE p.code = ? AND p.id = (SELECT p2.id FROM study_period p2"
                + " JOIN academic_year y2 ON y2.id = p2.academic_year_id"
                + " WHERE p2.school_id = p.school_id AND p2.code = p.code"
                + " ORDER BY CASE WHEN y2.is_current THEN 1 ELSE 0 END DESC, p2.end_date DESC LIMIT 1)";
    }

    @Override
    protected List<Object> parameters() {
        return List.of(periodCode.trim());
    }
}
