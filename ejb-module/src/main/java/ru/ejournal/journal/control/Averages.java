package ru.ejournal.journal.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import ru.ejournal.journal.boundary.MarkSummary;
import ru.ejournal.journal.entity.Mark;
import ru.ejournal.journal.entity.PeriodGrade;

/**
 * The weighted average of a student's marks in a subject and the period grade it proposes, with
 * the working written out in Russian ("why is it a 4?"): marks with their weights, the sum, the
 * school's rounding rule and the result.
 */
public final class Averages {

    /** One mark with the weight of its work type. */
    public record Weighted(String value, int weight) {}

    private Averages() {}

    /**
     * @param threshold the fraction from which an average rounds up (0.50: 3.50 → 4)
     * @param minMarks fewer marks than this propose «н/а»
     */
    public static MarkSummary summarize(List<Weighted> marks, BigDecimal threshold, int minMarks, boolean passFail) {
        if (passFail) {
            return passFail(marks, minMarks);
        }
        List<Weighted> numeric = marks.stream().filter(m -> isDigit(m.value())).toList();
        if (numeric.isEmpty()) {
            return new MarkSummary(
                    null, 0, PeriodGrade.NOT_ASSESSED, "Отметок нет: предлагается «н/а» (не аттестован).");
        }
        long sum = 0;
        int weights = 0;
        for (Weighted m : numeric) {
            sum += (long) Integer.parseInt(m.value()) * m.weight();
            weights += m.weight();
        }
        BigDecimal average = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
        String terms = numeric.stream().map(m -> m.value() + "×" + m.weight()).collect(Collectors.joining(" + "));
        String weightSum = numeric.stream().map(m -> String.valueOf(m.weight())).collect(Collectors.joining(" + "));
        String working = "(" + terms + ") / (" + weightSum + ") = " + sum + " / " + weights + " = " + comma(average)
                + ". Правило округления школы: дробная часть от " + comma(threshold) + " округляется вверх";
        if (numeric.size() < minMarks) {
            return new MarkSummary(
                    average,
                    numeric.size(),
                    PeriodGrade.NOT_ASSESSED,
                    working + ". Отметок " + numeric.size() + ", меньше " + minMarks + ": предлагается «н/а».");
        }
        String proposed = String.valueOf(round(average, threshold));
        return new MarkSummary(average, numeric.size(), proposed, working + " → «" + proposed + "».");
    }

    /** The grade an average rounds to under the school's rule. */
    public static int round(BigDecimal average, BigDecimal threshold) {
        BigDecimal whole = average.setScale(0, RoundingMode.FLOOR);
        BigDecimal fraction = average.subtract(whole);
        int grade = whole.intValue() + (fraction.compareTo(threshold) >= 0 ? 1 : 0);
        return Math.max(1, Math.min(5, grade));
    }

    private static MarkSummary passFail(List<Weighted> marks, int minMarks) {
        long passed = marks.stream().filter(m -> Mark.PASS.equals(m.value())).count();
        int count = marks.size();
        if (count < minMarks) {
            return new MarkSummary(
                    null,
                    count,
                    PeriodGrade.NOT_ASSESSED,
                    "Отметок " + count + ", меньше " + minMarks + ": предлагается «н/а».");
        }
        String proposed = passed * 2 >= count ? Mark.PASS : Mark.FAIL;
        return new MarkSummary(
                null,
                count,
                proposed,
                "«зач» " + passed + " из " + count + " (нужно не меньше половины) → «" + proposed.toLowerCase() + "».");
    }

    private static boolean isDigit(String value) {
        return value != null && value.length() == 1 && value.charAt(0) >= '1' && value.charAt(0) <= '5';
    }

    private static String comma(BigDecimal number) {
        return number.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
