package ru.ejournal.journal.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import ru.ejournal.common.control.Texts;
import ru.ejournal.journal.boundary.MarkSummary;
import ru.ejournal.journal.entity.Mark;
import ru.ejournal.journal.entity.MarkValue;
import ru.ejournal.journal.entity.PeriodGrade;

/**
 * The one rule of the proposed period grade, used by the grade book, the e-diary, the information
 * letter and the period analytics job alike: the weighted average of a student's marks in a subject
 * (to 2 decimals, half up), rounded up from the school's threshold; «НА» with fewer marks than the
 * school's minimum; for a pass/fail subject «ЗАЧ» when at least half of the marks are «ЗАЧ».
 * {@link #summarize} also writes the working out ("why is it a 4?"), in Russian unless asked otherwise.
 */
public final class Averages {

    /** «н/а», as the working out names it. */
    private static final String NOT_ASSESSED = MarkValue.display(MarkValue.NOT_ASSESSED);

    /** One mark with the weight of its work type. */
    public record Weighted(String value, int weight) {}

    private Averages() {}

    /**
     * The proposed grade alone (no working), for a job that proposes grades for a whole region.
     *
     * @param threshold the fraction from which an average rounds up (0.50: 3.50 → 4)
     * @param minMarks fewer marks than this propose «н/а»
     */
    public static String propose(List<Weighted> marks, BigDecimal threshold, int minMarks, boolean passFail) {
        if (passFail) {
            long passed =
                    marks.stream().filter(m -> Mark.PASS.equals(m.value())).count();
            return proposePassFail(passed, marks.size(), minMarks);
        }
        long sum = 0;
        int weights = 0;
        int count = 0;
        for (Weighted m : marks) {
            if (MarkValue.isNumeric(m.value())) {
                sum += (long) MarkValue.numeric(m.value()) * m.weight();
                weights += m.weight();
                count++;
            }
        }
        return count == 0 || count < minMarks
                ? PeriodGrade.NOT_ASSESSED
                : String.valueOf(round(average(sum, weights), threshold));
    }

    /**
     * @param threshold the fraction from which an average rounds up (0.50: 3.50 → 4)
     * @param minMarks fewer marks than this propose «н/а»
     */
    public static MarkSummary summarize(List<Weighted> marks, BigDecimal threshold, int minMarks, boolean passFail) {
        return summarize(marks, threshold, minMarks, passFail, Texts.RUSSIAN);
    }

    /** {@link #summarize(List, BigDecimal, int, boolean)} with the working out in {@code locale}. */
    public static MarkSummary summarize(
            List<Weighted> marks, BigDecimal threshold, int minMarks, boolean passFail, Locale locale) {
        if (passFail) {
            return passFail(marks, minMarks, locale);
        }
        List<Weighted> numeric =
                marks.stream().filter(m -> MarkValue.isNumeric(m.value())).toList();
        if (numeric.isEmpty()) {
            return new MarkSummary(
                    null, 0, PeriodGrade.NOT_ASSESSED, Texts.text(locale, "journal.average.noMarks", NOT_ASSESSED));
        }
        long sum = 0;
        int weights = 0;
        for (Weighted m : numeric) {
            sum += (long) MarkValue.numeric(m.value()) * m.weight();
            weights += m.weight();
        }
        BigDecimal average = average(sum, weights);
        String terms = numeric.stream().map(m -> m.value() + "×" + m.weight()).collect(Collectors.joining(" + "));
        String weightSum = numeric.stream().map(m -> String.valueOf(m.weight())).collect(Collectors.joining(" + "));
        String working = "(" + terms + ") / (" + weightSum + ") = " + sum + " / " + weights + " = "
                + decimal(average, locale) + ". "
                + Texts.text(locale, "journal.average.rounding", decimal(threshold, locale));
        if (numeric.size() < minMarks) {
            return new MarkSummary(
                    average,
                    numeric.size(),
                    PeriodGrade.NOT_ASSESSED,
                    working + ". "
                            + Texts.text(locale, "journal.average.tooFew", numeric.size(), minMarks, NOT_ASSESSED));
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

    private static MarkSummary passFail(List<Weighted> marks, int minMarks, Locale locale) {
        long passed = marks.stream().filter(m -> Mark.PASS.equals(m.value())).count();
        int count = marks.size();
        if (count < minMarks) {
            return new MarkSummary(
                    null,
                    count,
                    PeriodGrade.NOT_ASSESSED,
                    Texts.text(locale, "journal.average.tooFew", count, minMarks, NOT_ASSESSED));
        }
        String proposed = proposePassFail(passed, count, minMarks);
        return new MarkSummary(
                null,
                count,
                proposed,
                Texts.text(
                        locale,
                        "journal.average.passFail",
                        MarkValue.display(Mark.PASS),
                        passed,
                        count,
                        proposed.toLowerCase(Locale.ROOT)));
    }

    private static String proposePassFail(long passed, int count, int minMarks) {
        if (count == 0 || count < minMarks) {
            return PeriodGrade.NOT_ASSESSED;
        }
        return passed * 2 >= count ? Mark.PASS : Mark.FAIL;
    }

    /** Σ(value·weight) / Σweight to 2 decimals, half up: the average every screen shows. */
    private static BigDecimal average(long weightedSum, int weights) {
        return BigDecimal.valueOf(weightedSum).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
    }

    /** A number to 2 decimals as the journal prints it: 3,50 in Russian, 3.50 in English. */
    public static String decimal(BigDecimal number, Locale locale) {
        String plain = number.setScale(2, RoundingMode.HALF_UP).toPlainString();
        return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
    }
}
