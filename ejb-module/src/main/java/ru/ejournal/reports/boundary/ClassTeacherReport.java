package ru.ejournal.reports.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import ru.ejournal.reports.control.ReportRules;

/**
 * The class teacher's report for a period: the roster's movement, the lists of standings, the class's
 * success, quality and СОУ, and the attendance of each pupil; the figures against the previous period and
 * the same period of the previous school year.
 */
public record ClassTeacherReport(
        long classId,
        String className,
        long periodId,
        String periodName,
        int pupilsAtStart,
        int pupilsAtEnd,
        List<Movement> arrivals,
        List<Movement> departures,
        List<String> honour,
        List<String> good,
        List<String> singleFour,
        List<String> singleThree,
        List<Listed> failing,
        List<Listed> notAssessed,
        ReportRules.Tally figures,
        List<Attendance> attendance,
        Against previousPeriod,
        Against lastYear)
        implements Serializable {

    /**
     * The class's figures in a period to compare with: the previous period of the same kind, or the same
     * period of the previous school year (the class of the same pupils then, one grade lower); null when
     * there is none or nothing was computed there.
     */
    public record Against(String periodName, String className, ReportRules.Tally figures) implements Serializable {}

    /** An arrival or departure executed within the period, with the order's number. */
    public record Movement(String name, LocalDate date, String orderNumber) implements Serializable {}

    /** A pupil with the subjects that put them on the list and, for «НА», the lessons they missed. */
    public record Listed(String name, List<String> subjects, String reason) implements Serializable {}

    /** Lessons a pupil missed in the period and the share for illness (%). */
    public record Attendance(String name, int missed, int missedIll, BigDecimal illShare) implements Serializable {}
}
