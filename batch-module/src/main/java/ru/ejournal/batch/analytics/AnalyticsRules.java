package ru.ejournal.batch.analytics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Period analytics (D10) of one class and subject. A student's result is their period grade if
 * there is one, otherwise the proposed grade: the weight-weighted mean of their marks in the
 * period rounded half up, or «НА» with fewer than 3 marks.
 */
public final class AnalyticsRules {

    /** A numeric mark of a student with its weight. */
    public record MarkData(long studentId, int value, int weight) {}

    /** One line of the analytics: the figures of one class, subject and period. */
    public record Figures(
            long subjectId,
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

    private static final Set<String> SUCCESS = Set.of("3", "4", "5", "ЗАЧ");
    private static final Set<String> QUALITY = Set.of("4", "5");

    private AnalyticsRules() {}

    /**
     * @param roster the students of the class
     * @param marks their numeric marks in the subject within the period's dates
     * @param grades their period grades in the subject, by student
     * @param absenceCodes stored codes (N, B, U, P, OP) of their absences at lessons of the subject in the period
     */
    public static Figures figures(
            long subjectId,
            boolean passFail,
            List<Long> roster,
            List<MarkData> marks,
            Map<Long, String> grades,
            List<String> absenceCodes) {
        Map<Long, long[]> sums = new HashMap<>();
        for (MarkData m : marks) {
            long[] s = sums.computeIfAbsent(m.studentId(), k -> new long[3]);
            s[0] += (long) m.value() * m.weight();
            s[1] += m.weight();
            s[2]++;
        }
        int success = 0;
        int quality = 0;
        BigDecimal meanSum = BigDecimal.ZERO;
        int withMarks = 0;
        for (long student : roster) {
            long[] s = sums.get(student);
            if (s != null && s[1] > 0) {
                meanSum =
                        meanSum.add(BigDecimal.valueOf(s[0]).divide(BigDecimal.valueOf(s[1]), MathContext.DECIMAL128));
                withMarks++;
            }
            String result = grades.get(student);
            if (result == null) {
                result = s == null || s[2] < 3 ? "НА" : Long.toString(proposed(s[0], s[1]));
            }
            if (SUCCESS.contains(result)) {
                success++;
            }
            if (QUALITY.contains(result)) {
                quality++;
            }
        }
        int n = roster.size();
        BigDecimal average = withMarks == 0
                ? null
                : meanSum.divide(BigDecimal.valueOf(withMarks), MathContext.DECIMAL128)
                        .setScale(2, RoundingMode.HALF_UP);
        int[] codes = new int[5];
        for (String code : absenceCodes) {
            switch (code) {
                case "N" -> codes[0]++;
                case "B" -> codes[1]++;
                case "U" -> codes[2]++;
                case "P" -> codes[3]++;
                case "OP" -> codes[4]++;
                default -> {}
            }
        }
        return new Figures(
                subjectId,
                n,
                average,
                percent(success, n),
                passFail ? null : percent(quality, n),
                codes[0] + codes[1] + codes[2] + codes[3],
                codes[1],
                codes[2],
                codes[0] + codes[3],
                codes[4]);
    }

    /** Σ(v·w)/Σw rounded half up, in integers: floor((2S + W) / 2W). */
    static long proposed(long weightedSum, long weights) {
        return Math.floorDiv(2 * weightedSum + weights, 2 * weights);
    }

    private static BigDecimal percent(int count, int of) {
        return of == 0
                ? null
                : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
    }
}
