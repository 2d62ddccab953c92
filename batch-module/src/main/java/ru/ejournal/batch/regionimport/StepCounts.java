package ru.ejournal.batch.regionimport;

import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.context.StepContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Adds to a step's counts (its metrics: read, written, skipped, filtered), which the admin screen, the
 * console and the API show. A staged step's item is a block of records, so the batch runtime counts
 * blocks; the writer corrects the counts to records. Jakarta Batch has no API for it: this calls JBeret's
 * {@code StepContextImpl.getStepExecution().getStepMetrics().increment(type, n)} (the counts are saved with the checkpoint).
 * On another runtime the counts stay those of blocks, with a warning once.
 */
final class StepCounts {

    private static final Logger LOG = Logger.getLogger(StepCounts.class.getName());
    private static volatile boolean warned;

    private StepCounts() {}

    static void add(StepContext step, Metric.MetricType type, long n) {
        if (n == 0) {
            return;
        }
        try {
            Object execution = step.getClass().getMethod("getStepExecution").invoke(step);
            Object metrics = execution.getClass().getMethod("getStepMetrics").invoke(execution);
            metrics.getClass()
                    .getMethod("increment", Metric.MetricType.class, long.class)
                    .invoke(metrics, type, n);
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (!warned) {
                warned = true;
                LOG.log(Level.WARNING, "The import step's counters stay counts of chunks: " + e, e);
            }
        }
    }
}
