package ru.ejournal.reports.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import ru.ejournal.common.control.Texts;
import ru.ejournal.journal.control.Averages;
import ru.ejournal.journal.entity.MarkValue;
import ru.ejournal.reports.entity.AtRiskVerdict;
import ru.ejournal.school.entity.StudyPeriodKind;

/**
 * The rule of the pupils at risk (issue 16, docs/reports.md «Ученики группы риска»), written once: from
 * the third week of a study period a pupil is at risk in a subject when
 *
 * <ul>
 *   <li><b>low grade</b>: the teacher's period grade is at or below the school's at-risk grade (or «НЕЗАЧ»,
 *       «НА»), or, without one, the weighted average of the marks so far, rounded by the school's rule
 *       ({@link Averages#propose} with a minimum of one mark), is at or below it (pass/fail: «НЕЗАЧ»);
 *   <li><b>too few marks</b>: no period grade, fewer marks than the school's minimum, and the marks missing
 *       are more than the weeks left can bring at the school's marks per week;
 *   <li><b>absences</b>: at least the school's number of unexcused absences (Н, П) in the subject.
 * </ul>
 */
public final class AtRiskRules {

    /** The first day of the third week: two weeks after the period's first day. */
    static final int FIRST_DAY = 14;

    /** The school's settings the rule reads. */
    public record Thresholds(BigDecimal roundingThreshold, int minMarks, int grade, int marksPerWeek, int absences) {}

    private AtRiskRules() {}

    /** Whether the pass looks at a period on {@code today}: from its third week to its last day. */
    public static boolean applies(LocalDate start, LocalDate end, LocalDate today) {
        return !today.isBefore(start.plusDays(FIRST_DAY)) && !today.isAfter(end);
    }

    /** Whole or begun weeks from today to the period's last day, both counted (at least 1 within it). */
    public static int weeksLeft(LocalDate today, LocalDate end) {
        long days = ChronoUnit.DAYS.between(today, end) + 1;
        return days <= 0 ? 0 : (int) ((days + 6) / 7);
    }

    /**
     * @param marks the pupil's marks in the subject in the period, with their weights
     * @param periodGrade the teacher's period grade, or null
     * @param unexcused unexcused absences (Н, П) at the subject's lessons in the period
     */
    public static AtRiskVerdict judge(
            Thresholds t,
            StudyPeriodKind kind,
            boolean passFail,
            List<Averages.Weighted> marks,
            String periodGrade,
            int unexcused,
            int weeksLeft) {
        int count = 0;
        long sum = 0;
        int weights = 0;
        for (Averages.Weighted m : marks) {
            if (passFail ? MarkValue.isPassFail(m.value()) : MarkValue.isNumeric(m.value())) {
                count++;
                if (!passFail) {
                    sum += (long) MarkValue.numeric(m.value()) * m.weight();
                    weights += m.weight();
                }
            }
        }
        BigDecimal average = weights == 0
                ? null
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
        boolean lowGrade;
        boolean fewMarks;
        String proposed;
        if (periodGrade != null) {
            proposed = periodGrade;
            lowGrade = low(periodGrade, t.grade());
            fewMarks = false;
        } else {
            proposed = Averages.propose(marks, t.roundingThreshold(), t.minMarks(), passFail);
            String heading = Averages.propose(marks, t.roundingThreshold(), 1, passFail);
            lowGrade = count > 0 && low(heading, t.grade());
            fewMarks = count < t.minMarks() && t.minMarks() - count > (long) weeksLeft * t.marksPerWeek();
        }
        boolean absences = unexcused >= t.absences();
        String reason = reason(kind, lowGrade || fewMarks, count, average, periodGrade, absences, unexcused, weeksLeft);
        return new AtRiskVerdict(lowGrade, fewMarks, absences, count, average, proposed, unexcused, weeksLeft, reason);
    }

    private static boolean low(String grade, int atRiskGrade) {
        if (MarkValue.FAIL.equals(grade) || MarkValue.NOT_ASSESSED.equals(grade)) {
            return true;
        }
        Integer value = MarkValue.numeric(grade);
        return value != null && value <= atRiskGrade;
    }

    /**
     * The reason in words: «3 отметки, средний 2,33; до конца четверти 2 недели», «нет отметок; до конца
     * четверти 1 неделя», «5 пропусков без уважительной причины», joined by «; » when several hold.
     */
    static String reason(
            StudyPeriodKind kind,
            boolean marksPart,
            int count,
            BigDecimal average,
            String periodGrade,
            boolean absencesPart,
            int unexcused,
            int weeksLeft) {
        List<String> parts = new ArrayList<>();
        if (marksPart) {
            if (periodGrade != null) {
                parts.add(Texts.text("reports.atRisk.periodGrade", MarkValue.display(periodGrade)));
            } else if (count == 0) {
                parts.add(Texts.text("reports.atRisk.noMarks"));
            } else {
                parts.add(counted("reports.atRisk.marks", count)
                        + (average == null
                                ? ""
                                : Texts.text(
                                        "reports.atRisk.average",
                                        average.toPlainString().replace('.', ','))));
            }
            parts.add(
                    Texts.text("reports.atRisk.weeksLeft." + kind.name(), counted("reports.atRisk.weeks", weeksLeft)));
        }
        if (absencesPart) {
            parts.add(counted("reports.atRisk.unexcused", unexcused));
        }
        return String.join("; ", parts);
    }

    /** «{n} отметка/отметки/отметок»: the key's {@code .one}, {@code .few} or {@code .many} form (Russian, stored). */
    private static String counted(String key, long n) {
        return Texts.text(key + "." + plural(n, "one", "few", "many"), n);
    }

    /** The Russian form of a noun after a number: 1 отметка, 2 отметки, 5 отметок, 21 отметка, 12 отметок. */
    static String plural(long n, String one, String few, String many) {
        long mod100 = Math.abs(n) % 100;
        long mod10 = mod100 % 10;
        if (mod100 >= 11 && mod100 <= 14) {
            return many;
        }
        if (mod10 == 1) {
            return one;
        }
        return mod10 >= 2 && mod10 <= 4 ? few : many;
    }
}
