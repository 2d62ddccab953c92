package ru.ejournal.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import ru.ejournal.common.entity.BaseEntity;

/** Школа (образовательная организация) with its journal-monitoring settings. */
@Entity
@Table(name = "school")
@NamedQueries({
    @NamedQuery(name = "School.findByCode", query = "SELECT s FROM School s WHERE s.code = :code"),
    @NamedQuery(name = "School.findAll", query = "SELECT s FROM School s ORDER BY s.name")
})
public class School extends BaseEntity {

    public static final BigDecimal DEFAULT_ROUNDING_THRESHOLD = new BigDecimal("0.50");

    @Column(name = "code", nullable = false, unique = true, length = 50)
    private String code;

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @Column(name = "address", length = 500)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false, length = 30)
    private PeriodType periodType = PeriodType.QUARTERS;

    /** Fraction at which an average rounds up: 0.50 makes 3.50 a «4». */
    @Column(name = "rounding_threshold", nullable = false, precision = 3, scale = 2)
    private BigDecimal roundingThreshold = DEFAULT_ROUNDING_THRESHOLD;

    /** Days after the lesson day by which its topic must be entered (0 = the lesson day). */
    @Column(name = "topic_deadline_days", nullable = false)
    private int topicDeadlineDays = 0;

    /** Days after the lesson by which its marks must be entered. */
    @Column(name = "marks_deadline_days", nullable = false)
    private int marksDeadlineDays = 3;

    /** Minimum marks per student per subject per period. */
    @Column(name = "min_marks_per_period", nullable = false)
    private int minMarksPerPeriod = 3;

    /** Days after the period's end date before missing period grades become a violation. */
    @Column(name = "period_grade_grace_days", nullable = false)
    private int periodGradeGraceDays = 1;

    /** Whether a lesson without homework is reported. */
    @Column(name = "homework_rule_enabled", nullable = false)
    private boolean homeworkRuleEnabled = false;

    /** Days after the lesson day by which attendance must be confirmed (0 = the lesson day). */
    @Column(name = "attendance_deadline_days", nullable = false)
    private int attendanceDeadlineDays = 0;

    /** Share of a period, in per cent, after which too few marks raise a warning. */
    @Column(name = "few_marks_warning_percent", nullable = false)
    private int fewMarksWarningPercent = 75;

    /** Whether mass or foreign mark changes raise an alert (V16). */
    @Column(name = "mark_alert_enabled", nullable = false)
    private boolean markAlertEnabled = true;

    /** An alert when one account changes more than this many marks of past lessons ... */
    @Column(name = "mark_alert_threshold", nullable = false)
    private int markAlertThreshold = 20;

    /** ... within this many minutes. */
    @Column(name = "mark_alert_minutes", nullable = false)
    private int markAlertMinutes = 60;

    /** Pupils at risk (V23): a proposed grade at or below this puts a pupil on the list. */
    @Column(name = "at_risk_grade", nullable = false)
    private int atRiskGrade = 2;

    /** Pupils at risk: marks a pupil can still get in one week of the period. */
    @Column(name = "at_risk_marks_per_week", nullable = false)
    private int atRiskMarksPerWeek = 1;

    /** Pupils at risk: unexcused absences in a subject and period that put a pupil on the list. */
    @Column(name = "at_risk_absences", nullable = false)
    private int atRiskAbsences = 5;

    protected School() {}

    public School(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public PeriodType getPeriodType() {
        return periodType;
    }

    public void setPeriodType(PeriodType periodType) {
        this.periodType = periodType;
    }

    public BigDecimal getRoundingThreshold() {
        return roundingThreshold;
    }

    public void setRoundingThreshold(BigDecimal roundingThreshold) {
        this.roundingThreshold = roundingThreshold;
    }

    public int getTopicDeadlineDays() {
        return topicDeadlineDays;
    }

    public void setTopicDeadlineDays(int topicDeadlineDays) {
        this.topicDeadlineDays = topicDeadlineDays;
    }

    public int getMarksDeadlineDays() {
        return marksDeadlineDays;
    }

    public void setMarksDeadlineDays(int marksDeadlineDays) {
        this.marksDeadlineDays = marksDeadlineDays;
    }

    public int getMinMarksPerPeriod() {
        return minMarksPerPeriod;
    }

    public void setMinMarksPerPeriod(int minMarksPerPeriod) {
        this.minMarksPerPeriod = minMarksPerPeriod;
    }

    public int getPeriodGradeGraceDays() {
        return periodGradeGraceDays;
    }

    public void setPeriodGradeGraceDays(int periodGradeGraceDays) {
        this.periodGradeGraceDays = periodGradeGraceDays;
    }

    public boolean isHomeworkRuleEnabled() {
        return homeworkRuleEnabled;
    }

    public void setHomeworkRuleEnabled(boolean homeworkRuleEnabled) {
        this.homeworkRuleEnabled = homeworkRuleEnabled;
    }

    public int getAttendanceDeadlineDays() {
        return attendanceDeadlineDays;
    }

    public void setAttendanceDeadlineDays(int attendanceDeadlineDays) {
        this.attendanceDeadlineDays = attendanceDeadlineDays;
    }

    public int getFewMarksWarningPercent() {
        return fewMarksWarningPercent;
    }

    public void setFewMarksWarningPercent(int fewMarksWarningPercent) {
        this.fewMarksWarningPercent = fewMarksWarningPercent;
    }

    public boolean isMarkAlertEnabled() {
        return markAlertEnabled;
    }

    public void setMarkAlertEnabled(boolean markAlertEnabled) {
        this.markAlertEnabled = markAlertEnabled;
    }

    public int getMarkAlertThreshold() {
        return markAlertThreshold;
    }

    public void setMarkAlertThreshold(int markAlertThreshold) {
        this.markAlertThreshold = markAlertThreshold;
    }

    public int getMarkAlertMinutes() {
        return markAlertMinutes;
    }

    public void setMarkAlertMinutes(int markAlertMinutes) {
        this.markAlertMinutes = markAlertMinutes;
    }

    public int getAtRiskGrade() {
        return atRiskGrade;
    }

    public void setAtRiskGrade(int atRiskGrade) {
        this.atRiskGrade = atRiskGrade;
    }

    public int getAtRiskMarksPerWeek() {
        return atRiskMarksPerWeek;
    }

    public void setAtRiskMarksPerWeek(int atRiskMarksPerWeek) {
        this.atRiskMarksPerWeek = atRiskMarksPerWeek;
    }

    public int getAtRiskAbsences() {
        return atRiskAbsences;
    }

    public void setAtRiskAbsences(int atRiskAbsences) {
        this.atRiskAbsences = atRiskAbsences;
    }
}
