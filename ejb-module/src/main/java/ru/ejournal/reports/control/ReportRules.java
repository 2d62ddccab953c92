package ru.ejournal.reports.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Set;
import ru.ejournal.journal.entity.MarkValue;

/**
 * The term-end report rules, written once (docs/reports.md has them with an example computed by hand).
 * A period result is the period grade, else the grade the school's rule proposes
 * ({@code journal.control.Averages.propose}): «1»…«5», «ЗАЧ», «НЕЗАЧ» or «НА».
 *
 * <ul>
 *   <li>per subject, a result is a success when it is «3», «4», «5» or «ЗАЧ»; a quality result when «4» or «5»;
 *   <li>a pupil succeeds when no result is below «3» and none is «НА» or «НЕЗАЧ»; a pupil is of quality when
 *       they succeed and no graded (1–5) result is «3»; pass/fail subjects count in success only;
 *   <li>success and quality rates: such pupils (or results) / all × 100 %, to 0.1 half up;
 *   <li>СОУ = (n«5»·1 + n«4»·0.64 + n«3»·0.36 + n«2»·0.16 + nНА·0.08) / n × 100 %, to 0.1 half up, over the
 *       graded results («1» counts as «2»); pass/fail subjects are left out.
 * </ul>
 */
public final class ReportRules {

    /** Where a pupil stands across the subjects of a period (the lists a class teacher's report prints). */
    public enum Standing {
        /** all graded results «5» (отличник) */
        HONOUR,
        /** one «4», the rest «5» (с одной «4») */
        SINGLE_FOUR,
        /** «4» and «5» (хорошист) */
        GOOD,
        /** one «3», the rest «4» and «5» (с одной «3») */
        SINGLE_THREE,
        /** more than one «3», none below */
        SATISFACTORY,
        /** no result below «3», but at least one «НА» */
        NOT_ASSESSED,
        /** at least one «1», «2» or «НЕЗАЧ» (неуспевающий) */
        FAILING,
        /** no result at all in the period */
        NONE;

        public boolean success() {
            return this == HONOUR
                    || this == SINGLE_FOUR
                    || this == GOOD
                    || this == SINGLE_THREE
                    || this == SATISFACTORY;
        }

        public boolean quality() {
            return this == HONOUR || this == SINGLE_FOUR || this == GOOD;
        }
    }

    /** Counts of a group (one subject's results, or a class's pupils) and the rates built on them. */
    public record Tally(
            int count, int success, int quality, int fives, int fours, int threes, int twos, int notAssessed)
            implements Serializable {

        public BigDecimal successRate() {
            return percent(success, count);
        }

        public BigDecimal qualityRate() {
            return percent(quality, count);
        }

        /** СОУ in % of the graded results counted here (null when there are none). */
        public BigDecimal sou() {
            return ReportRules.sou(fives, fours, threes, twos, notAssessed);
        }

        public Tally plus(Tally o) {
            return new Tally(
                    count + o.count,
                    success + o.success,
                    quality + o.quality,
                    fives + o.fives,
                    fours + o.fours,
                    threes + o.threes,
                    twos + o.twos,
                    notAssessed + o.notAssessed);
        }
    }

    public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0, 0, 0, 0);

    private static final Set<String> SUCCESS = Set.of("3", "4", "5", MarkValue.PASS);
    private static final Set<String> QUALITY = Set.of("4", "5");
    private static final BigDecimal[] SOU_WEIGHTS = {
        BigDecimal.ONE, new BigDecimal("0.64"), new BigDecimal("0.36"), new BigDecimal("0.16"), new BigDecimal("0.08")
    };

    private ReportRules() {}

    /** A subject's result counts in the success rate: «3», «4», «5», «ЗАЧ». */
    public static boolean success(String result) {
        return result != null && SUCCESS.contains(result);
    }

    /** A subject's result counts in the quality rate: «4», «5». */
    public static boolean quality(String result) {
        return result != null && QUALITY.contains(result);
    }

    /** A pupil's standing from their results of the period in every subject (pass/fail results included). */
    public static Standing standing(Collection<String> results) {
        if (results.isEmpty()) {
            return Standing.NONE;
        }
        int threes = 0;
        int fours = 0;
        boolean notAssessed = false;
        for (String r : results) {
            if ("1".equals(r) || "2".equals(r) || MarkValue.FAIL.equals(r)) {
                return Standing.FAILING;
            }
            if (MarkValue.NOT_ASSESSED.equals(r) || r == null) {
                notAssessed = true;
            } else if ("3".equals(r)) {
                threes++;
            } else if ("4".equals(r)) {
                fours++;
            }
        }
        if (notAssessed) {
            return Standing.NOT_ASSESSED;
        }
        if (threes == 0) {
            return fours == 0 ? Standing.HONOUR : fours == 1 ? Standing.SINGLE_FOUR : Standing.GOOD;
        }
        return threes == 1 ? Standing.SINGLE_THREE : Standing.SATISFACTORY;
    }

    /** One subject's results in a group: success and quality per result, СОУ of the graded ones. */
    public static Tally ofResults(Collection<String> results, boolean passFail) {
        int success = 0;
        int quality = 0;
        int[] sou = new int[5];
        for (String r : results) {
            success += success(r) ? 1 : 0;
            quality += quality(r) ? 1 : 0;
            if (!passFail) {
                count(sou, r);
            }
        }
        return new Tally(results.size(), success, passFail ? 0 : quality, sou[0], sou[1], sou[2], sou[3], sou[4]);
    }

    /**
     * A group of pupils: success and quality per pupil (by {@link #standing}), СОУ over all their graded
     * results.
     *
     * @param pupils each pupil's results: graded subjects' and pass/fail subjects' together
     * @param graded each pupil's results in graded (1–5) subjects only
     */
    public static Tally ofPupils(Collection<? extends Collection<String>> pupils, Collection<String> graded) {
        int success = 0;
        int quality = 0;
        for (Collection<String> results : pupils) {
            Standing s = standing(results);
            success += s.success() ? 1 : 0;
            quality += s.quality() ? 1 : 0;
        }
        int[] sou = new int[5];
        graded.forEach(r -> count(sou, r));
        return new Tally(pupils.size(), success, quality, sou[0], sou[1], sou[2], sou[3], sou[4]);
    }

    private static void count(int[] sou, String r) {
        if (r == null || MarkValue.NOT_ASSESSED.equals(r)) {
            sou[4]++;
            return;
        }
        switch (r) {
            case "5" -> sou[0]++;
            case "4" -> sou[1]++;
            case "3" -> sou[2]++;
            case "2", "1" -> sou[3]++;
            default -> {}
        }
    }

    /** СОУ in %, to 0.1 half up; null when no graded result. */
    public static BigDecimal sou(int fives, int fours, int threes, int twos, int notAssessed) {
        int n = fives + fours + threes + twos + notAssessed;
        if (n == 0) {
            return null;
        }
        int[] counts = {fives, fours, threes, twos, notAssessed};
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < counts.length; i++) {
            sum = sum.add(SOU_WEIGHTS[i].multiply(BigDecimal.valueOf(counts[i])));
        }
        return sum.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
    }

    /** count / of × 100, to 0.1 half up; null for an empty group. */
    public static BigDecimal percent(int count, int of) {
        return of == 0
                ? null
                : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
    }

    /**
     * The average of a pupil's graded results (the summary sheet's «средний балл»), to 0.01 half up; «НА» and
     * pass/fail results are left out; null when there is none.
     */
    public static BigDecimal averageOfResults(Collection<String> graded) {
        int sum = 0;
        int n = 0;
        for (String r : graded) {
            Integer v = MarkValue.numeric(r);
            if (v != null) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }
}
