package ru.ejournal.batch.analytics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.ejournal.journal.control.Averages;
import ru.ejournal.journal.entity.MarkValue;
import ru.ejournal.reports.control.ReportRules;

/**
 * Period analytics (D10) of one class and subject. A student's result is their period grade if
 * there is one, otherwise the grade {@link Averages#propose the grade book's rule} proposes with the
 * school's rounding threshold and minimum number of marks; success and quality by {@link ReportRules}.
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
            Absences absences)
            implements Serializable {}

    /**
     * A pupil's result in one subject of the period (a row of {@code period_result}): the period grade, else
     * the proposed one; {@code fromGrade} says which.
     */
    public record PupilResult(
            long studentId, String result, boolean fromGrade, BigDecimal averageMark, int marks, Absences absences)
            implements Serializable {}

    /**
     * Absences counted by their stored codes: missed lessons (Н+Б+У+П), of them ill (Б), excused (У) and
     * unexcused (Н+П); late arrivals (ОП) are not missed lessons.
     */
    public record Absences(int missed, int ill, int excused, int unexcused, int late) implements Serializable {

        static final Absences NONE = new Absences(0, 0, 0, 0, 0);

        /** Counts the stored codes N, B, U, P, OP (others do not count). */
        static Absences of(List<String> codes) {
            int n = 0;
            int b = 0;
            int u = 0;
            int p = 0;
            int op = 0;
            for (String code : codes) {
                switch (code) {
                    case "N" -> n++;
                    case "B" -> b++;
                    case "U" -> u++;
                    case "P" -> p++;
                    case "OP" -> op++;
                    default -> {}
                }
            }
            return new Absences(n + b + u + p, b, u, n + p, op);
        }

        Absences plus(Absences other) {
            return new Absences(
                    missed + other.missed,
                    ill + other.ill,
                    excused + other.excused,
                    unexcused + other.unexcused,
                    late + other.late);
        }
    }

    /** The figures of one class and subject, with each pupil's result behind them. */
    public record SubjectAnalysis(Figures figures, List<PupilResult> pupils) implements Serializable {}

    private AnalyticsRules() {}

    /** {@link #analyse} without the pupils' absences. */
    public static Figures figures(
            long subjectId,
            boolean passFail,
            Rule rule,
            List<Long> roster,
            List<MarkData> marks,
            Map<Long, String> grades,
            List<String> absenceCodes) {
        Figures f = analyse(subjectId, passFail, rule, roster, marks, grades, Map.of())
                .figures();
        return new Figures(
                f.subjectId(),
                f.students(),
                f.averageMark(),
                f.successRate(),
                f.qualityRate(),
                Absences.of(absenceCodes));
    }

    /**
     * @param rule the school's rounding threshold and minimum number of marks
     * @param roster the students of the class
     * @param marks their marks in the subject within the period's dates
     * @param grades their period grades in the subject, by student
     * @param absences stored codes (N, B, U, P, OP) of their absences at lessons of the subject in the period, by
     *     student
     */
    public static SubjectAnalysis analyse(
            long subjectId,
            boolean passFail,
            Rule rule,
            List<Long> roster,
            List<MarkData> marks,
            Map<Long, String> grades,
            Map<Long, List<String>> absences) {
        Map<Long, List<Averages.Weighted>> byStudent = new HashMap<>();
        Map<Long, long[]> sums = new HashMap<>();
        for (MarkData m : marks) {
            byStudent
                    .computeIfAbsent(m.studentId(), k -> new ArrayList<>())
                    .add(new Averages.Weighted(m.value(), m.weight()));
            Integer value = MarkValue.numeric(m.value());
            if (value != null) {
                long[] s = sums.computeIfAbsent(m.studentId(), k -> new long[3]);
                s[0] += (long) value * m.weight();
                s[1] += m.weight();
                s[2]++;
            }
        }
        int success = 0;
        int quality = 0;
        BigDecimal meanSum = BigDecimal.ZERO;
        int withMarks = 0;
        Absences all = Absences.NONE;
        List<PupilResult> pupils = new ArrayList<>();
        for (long student : roster) {
            long[] s = sums.get(student);
            BigDecimal mean = null;
            if (s != null && s[1] > 0) {
                mean = BigDecimal.valueOf(s[0]).divide(BigDecimal.valueOf(s[1]), MathContext.DECIMAL128);
                meanSum = meanSum.add(mean);
                withMarks++;
            }
            String result = grades.get(student);
            boolean fromGrade = result != null;
            if (result == null) {
                result = Averages.propose(
                        byStudent.getOrDefault(student, List.of()), rule.threshold(), rule.minMarks(), passFail);
            }
            if (ReportRules.success(result)) {
                success++;
            }
            if (ReportRules.quality(result)) {
                quality++;
            }
            Absences own = Absences.of(absences.getOrDefault(student, List.of()));
            all = all.plus(own);
            pupils.add(new PupilResult(
                    student,
                    result,
                    fromGrade,
                    mean == null ? null : mean.setScale(2, RoundingMode.HALF_UP),
                    passFail ? byStudent.getOrDefault(student, List.of()).size() : s == null ? 0 : (int) s[2],
                    own));
        }
        int n = roster.size();
        BigDecimal average = withMarks == 0
                ? null
                : meanSum.divide(BigDecimal.valueOf(withMarks), MathContext.DECIMAL128)
                        .setScale(2, RoundingMode.HALF_UP);
        Figures figures = new Figures(
                subjectId,
                n,
                average,
                ReportRules.percent(success, n),
                passFail ? null : ReportRules.percent(quality, n),
                all);
        return new SubjectAnalysis(figures, pupils);
    }
}
