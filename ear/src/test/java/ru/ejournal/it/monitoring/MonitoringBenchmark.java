package ru.ejournal.it.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.monitoring.boundary.EvaluationResult;
import ru.ejournal.monitoring.control.RuleEvaluator;

/**
 * Not a test of the suite (its name does not end in IT): run it on purpose with
 * {@code -Dit.test=MonitoringBenchmark}. Generates a synthetic region of 50 schools once (kept in the
 * test database), then measures all six rules for every school (a cold run that opens every
 * violation and an idempotent re-run) against one pass over the lesson table, in the same run.
 * Figures go to the server log and to {@code ear/target/benchmark-monitoring.txt}.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringBenchmark {

    private static final Logger LOG = Logger.getLogger(MonitoringBenchmark.class.getName());
    private static final int SCHOOLS = Integer.getInteger("bench.schools", 50);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    RegionGenerator generator;

    @Inject
    BenchmarkSteps steps;

    @Test
    @DisplayName("Evaluating all rules for a region of 50 schools, compared with one pass over the lessons")
    void benchmark() throws Exception {
        LocalDate today = LocalDate.now();
        List<Long> schools = generator.existingSchools();
        long generation = 0;
        if (schools.size() < SCHOOLS) {
            long started = System.nanoTime();
            generator.numbers();
            for (int i = schools.size() + 1; i <= SCHOOLS; i++) {
                generator.school(i, today);
            }
            generation = System.nanoTime() - started;
            schools = generator.existingSchools();
        }
        assertEquals(SCHOOLS, schools.size());
        long lessons = steps.count("lesson");
        long marks = steps.count("mark");
        long students = steps.count("student");

        long[] pass = new long[5];
        for (int i = 0; i < pass.length; i++) {
            pass[i] = time(steps::lessonPass);
        }
        steps.forgetViolations(schools);
        StepTimes coldSteps = new StepTimes();
        StepTimes warmSteps = new StepTimes();
        final List<Long> region = schools;
        Instant now = Instant.now();
        List<EvaluationResult> cold = new ArrayList<>();
        long coldTime = coldSteps.during(() -> time(() -> {
            region.forEach(id -> cold.add(steps.evaluate(id, today, now)));
            return 0;
        }));
        List<EvaluationResult> warm = new ArrayList<>();
        long warmTime = warmSteps.during(() -> time(() -> {
            region.forEach(id -> warm.add(steps.evaluate(id, today, Instant.now())));
            return 0;
        }));
        long[] passAfter = new long[5];
        for (int i = 0; i < passAfter.length; i++) {
            passAfter[i] = time(steps::lessonPass);
        }
        int opened = cold.stream().mapToInt(EvaluationResult::opened).sum();
        int reopened = warm.stream().mapToInt(EvaluationResult::opened).sum();
        long passMedian = median(concat(pass, passAfter));

        String report = String.format(
                """
                Monitoring benchmark, %s
                region: %d schools, %d students, %d lessons, %d marks (whole database)%s
                single pass over lesson (COUNT + 2 SUMs), median of 10: %.1f ms (min %.1f ms)
                all six rules, 50 schools, cold (opens every violation): %.0f ms, %d violations opened
                all six rules, 50 schools, re-run (idempotent): %.0f ms, %d opened
                ratio cold / single pass: %.1f
                ratio re-run / single pass: %.1f
                per school: cold %.0f ms, re-run %.0f ms
                statements, cold (total ms over 50 schools, rows):
                %s
                statements, re-run:
                %s
                """,
                today,
                SCHOOLS,
                students,
                lessons,
                marks,
                generation == 0 ? "" : String.format(", generated in %.1f s", generation / 1e9),
                passMedian / 1e6,
                Arrays.stream(concat(pass, passAfter)).min().orElse(0) / 1e6,
                coldTime / 1e6,
                opened,
                warmTime / 1e6,
                reopened,
                (double) coldTime / passMedian,
                (double) warmTime / passMedian,
                coldTime / 1e6 / SCHOOLS,
                warmTime / 1e6 / SCHOOLS,
                coldSteps,
                warmSteps);
        LOG.info(report);
        Path out = Path.of(System.getProperty("jboss.home.dir", "."), "..", "benchmark-monitoring.txt");
        try {
            Files.writeString(out, report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warning("Cannot write " + out + ": " + e);
        }
        assertTrue(opened > 0, "the synthetic region has violations");
        assertEquals(0, reopened, "a re-run opens nothing new");
    }

    /** Collects the per-statement timings {@code RuleEvaluator} logs at FINE while a step runs. */
    static final class StepTimes extends Handler {

        private final Map<String, double[]> totals = new TreeMap<>();

        long during(LongSupplier work) {
            Logger logger = Logger.getLogger(RuleEvaluator.class.getName());
            Level level = logger.getLevel();
            setLevel(Level.FINE);
            logger.setLevel(Level.FINE);
            logger.addHandler(this);
            try {
                return work.getAsLong();
            } finally {
                logger.removeHandler(this);
                logger.setLevel(level);
            }
        }

        @Override
        public synchronized void publish(LogRecord record) {
            Object[] p = record.getParameters();
            if (p != null && p.length == 3) {
                double[] sum = totals.computeIfAbsent(String.valueOf(p[0]), k -> new double[2]);
                sum[0] += ((Number) p[2]).doubleValue();
                sum[1] += ((Number) p[1]).doubleValue();
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public synchronized String toString() {
            StringBuilder text = new StringBuilder();
            totals.forEach((k, v) -> text.append(String.format("  %-30s %9.0f ms %8.0f rows%n", k, v[0], v[1])));
            return text.toString();
        }
    }

    private static long time(LongSupplier work) {
        long started = System.nanoTime();
        work.getAsLong();
        return System.nanoTime() - started;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
