package ru.ejournal.batch.analytics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.ejournal.journal.control.Averages;
import ru.ejournal.journal.entity.MarkValue;

/**
 * Period analytics (D10) of one class and subject. A student's result is their period grade if
 * there is one, otherwise the grade {@link Averages#propose the grade book's rule} proposes with the
 * school's rounding threshold and minimum number of marks.
 */
public final class AnalyticsRules {

    /** A mark of a student (1–5, ЗАЧ, НЕЗАЧ…) with the weight of its work type. */
    public record MarkData(long studentId, String value, int weight) {}

    /** The school's rule of the proposed grade (its settings). */
    public record Rule(BigDecimal threshold, int minMarks) implements Serializable {}

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
     * @param rule the school's rounding threshold and minimum number of marks
     * @param roster the students of the class
     * @param marks their marks in the subject within the period's dates
     * @param grades their period grades in the subject, by student
     * @param absenceCodes stored codes (N, B, U, P, OP) of their absences at lessons of the subject in the period
     */
    public static Figures figures(
            long subjectId,
            boolean passFail,
            Rule rule,
            List<Long> roster,
            List<MarkData> marks,
            Map<Long, String> grades,
            List<String> absenceCodes) {
        Map<Long, List<Averages.Weighted>> byStudent = new HashMap<>();
        Map<Long, long[]> sums = new HashMap<>();
        for (MarkData m : marks) {
            byStudent
                    .computeIfAbsent(m.studentId(), k -> new ArrayList<>())
                    .add(new Averages.Weighted(m.value(), m.weight()));
            Integer value = MarkValue.numeric(m.value());
            if (value != null) {
                long[] s = sums.computeIfAbsent(m.studentId(), k -> new long[2]);
                s[0] += (long) value * m.weight();
                s[1] += m.weight();
            }
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
                result = Averages.propose(
                        byStudent.getOrDefault(student, List.of()), rule.threshold(), rule.minMarks(), passFail);
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

    private static BigDecimal percent(int count, int of) {
        return of == 0
                ? null
                : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
    }
}
