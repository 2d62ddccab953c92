package ru.ejournal.web.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import ru.ejournal.common.control.ConflictException;
import ru.ejournal.monitoring.boundary.AtRiskSettings;
import ru.ejournal.monitoring.boundary.HolidayRange;
import ru.ejournal.monitoring.boundary.MarkAlertSettings;
import ru.ejournal.monitoring.boundary.MonitoringSettings;
import ru.ejournal.monitoring.boundary.MonitoringSettingsService;

/**
 * The administrator's page of the journal-monitoring rules (deadlines, minimum of marks, the
 * homework rule) and the school holidays on which no violation arises.
 */
@Named
@ViewScoped
public class MonitoringSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MonitoringSettingsService service;

    private Long schoolId;
    private long version;
    private Integer topicDeadlineDays;
    private Integer attendanceDeadlineDays;
    private Integer marksDeadlineDays;
    private Integer minMarksPerPeriod;
    private Integer fewMarksWarningPercent;
    private Integer periodGradeGraceDays;
    private boolean homeworkRuleEnabled;
    private BigDecimal roundingThreshold;
    private List<HolidayRange> holidays;
    private boolean markAlertEnabled;
    private Integer markAlertThreshold;
    private Integer markAlertMinutes;
    private Integer atRiskGrade;
    private Integer atRiskMarksPerWeek;
    private Integer atRiskAbsences;
    private final HolidayForm holiday = new HolidayForm();

    @PostConstruct
    void init() {
        schoolId = service.mySchoolId();
        load(service.settings(schoolId));
        load(service.markAlertSettings(schoolId));
        load(service.atRiskSettings(schoolId));
        holidays = service.holidays(schoolId);
    }

    private void load(AtRiskSettings s) {
        version = s.version();
        atRiskGrade = s.grade();
        atRiskMarksPerWeek = s.marksPerWeek();
        atRiskAbsences = s.absences();
    }

    /** Saves the thresholds of the pupils at risk (the school's version is shared with the rules). */
    public void saveAtRisk() {
        saved(() -> load(service.saveAtRisk(
                schoolId,
                new AtRiskSettings(
                        atRiskGrade == null ? 0 : atRiskGrade,
                        atRiskMarksPerWeek == null ? 0 : atRiskMarksPerWeek,
                        atRiskAbsences == null ? 0 : atRiskAbsences,
                        version))));
    }

    public Integer getAtRiskGrade() {
        return atRiskGrade;
    }

    public void setAtRiskGrade(Integer atRiskGrade) {
        this.atRiskGrade = atRiskGrade;
    }

    public Integer getAtRiskMarksPerWeek() {
        return atRiskMarksPerWeek;
    }

    public void setAtRiskMarksPerWeek(Integer atRiskMarksPerWeek) {
        this.atRiskMarksPerWeek = atRiskMarksPerWeek;
    }

    public Integer getAtRiskAbsences() {
        return atRiskAbsences;
    }

    public void setAtRiskAbsences(Integer atRiskAbsences) {
        this.atRiskAbsences = atRiskAbsences;
    }

    private void load(MarkAlertSettings s) {
        version = s.version();
        markAlertEnabled = s.enabled();
        markAlertThreshold = s.threshold();
        markAlertMinutes = s.minutes();
    }

    /** Saves the mass mark-change alert settings (the school's version is shared with the rules). */
    public void saveMarkAlert() {
        saved(() -> load(service.saveMarkAlert(
                schoolId,
                new MarkAlertSettings(
                        markAlertEnabled,
                        markAlertThreshold == null ? 0 : markAlertThreshold,
                        markAlertMinutes == null ? 0 : markAlertMinutes,
                        version))));
    }

    private void load(MonitoringSettings s) {
        version = s.version();
        topicDeadlineDays = s.topicDeadlineDays();
        attendanceDeadlineDays = s.attendanceDeadlineDays();
        marksDeadlineDays = s.marksDeadlineDays();
        minMarksPerPeriod = s.minMarksPerPeriod();
        fewMarksWarningPercent = s.fewMarksWarningPercent();
        periodGradeGraceDays = s.periodGradeGraceDays();
        homeworkRuleEnabled = s.homeworkRuleEnabled();
        roundingThreshold = s.roundingThreshold();
    }

    public void save() {
        MonitoringSettings settings = new MonitoringSettings(
                topicDeadlineDays,
                attendanceDeadlineDays,
                marksDeadlineDays,
                minMarksPerPeriod,
                fewMarksWarningPercent,
                periodGradeGraceDays,
                homeworkRuleEnabled,
                roundingThreshold,
                version);
        saved(() -> load(service.save(schoolId, settings)));
    }

    /** Runs a save and tells the page: saved, changed meanwhile by somebody else, or refused with its reason. */
    private void saved(Runnable save) {
        try {
            save.run();
            MonitoringFaces.info(MonitoringFaces.text("settings.saved"));
        } catch (RuntimeException e) {
            if (isConflict(e)) {
                MonitoringFaces.error(null, MonitoringFaces.text("settings.conflict"));
            } else if (!MonitoringFaces.refused(null, e)) {
                throw e;
            }
        }
    }

    /** Discards the unsaved input and shows what is stored now (after a conflict). */
    public void reload() {
        load(service.settings(schoolId));
        load(service.markAlertSettings(schoolId));
        load(service.atRiskSettings(schoolId));
        holidays = service.holidays(schoolId);
    }

    public void addHoliday() {
        try {
            holiday.addTo(service, schoolId);
            MonitoringFaces.info(MonitoringFaces.text("holidays.added"));
            holidays = service.holidays(schoolId);
        } catch (RuntimeException e) {
            if (!MonitoringFaces.refused("holidaysForm:holidayFrom", e)) {
                throw e;
            }
        }
    }

    public void removeHoliday(HolidayRange range) {
        try {
            service.removeHoliday(schoolId, range.from(), range.to());
            MonitoringFaces.info(MonitoringFaces.text("holidays.removed"));
        } catch (RuntimeException e) {
            if (!MonitoringFaces.refused(null, e)) {
                throw e;
            }
        }
        holidays = service.holidays(schoolId);
    }

    private static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConflictException) {
                return true;
            }
        }
        return false;
    }

    public boolean isMarkAlertEnabled() {
        return markAlertEnabled;
    }

    public void setMarkAlertEnabled(boolean markAlertEnabled) {
        this.markAlertEnabled = markAlertEnabled;
    }

    public Integer getMarkAlertThreshold() {
        return markAlertThreshold;
    }

    public void setMarkAlertThreshold(Integer markAlertThreshold) {
        this.markAlertThreshold = markAlertThreshold;
    }

    public Integer getMarkAlertMinutes() {
        return markAlertMinutes;
    }

    public void setMarkAlertMinutes(Integer markAlertMinutes) {
        this.markAlertMinutes = markAlertMinutes;
    }

    public List<HolidayRange> getHolidays() {
        return holidays;
    }

    public Integer getTopicDeadlineDays() {
        return topicDeadlineDays;
    }

    public void setTopicDeadlineDays(Integer topicDeadlineDays) {
        this.topicDeadlineDays = topicDeadlineDays;
    }

    public Integer getAttendanceDeadlineDays() {
        return attendanceDeadlineDays;
    }

    public void setAttendanceDeadlineDays(Integer attendanceDeadlineDays) {
        this.attendanceDeadlineDays = attendanceDeadlineDays;
    }

    public Integer getMarksDeadlineDays() {
        return marksDeadlineDays;
    }

    public void setMarksDeadlineDays(Integer marksDeadlineDays) {
        this.marksDeadlineDays = marksDeadlineDays;
    }

    public Integer getMinMarksPerPeriod() {
        return minMarksPerPeriod;
    }

    public void setMinMarksPerPeriod(Integer minMarksPerPeriod) {
        this.minMarksPerPeriod = minMarksPerPeriod;
    }

    public Integer getFewMarksWarningPercent() {
        return fewMarksWarningPercent;
    }

    public void setFewMarksWarningPercent(Integer fewMarksWarningPercent) {
        this.fewMarksWarningPercent = fewMarksWarningPercent;
    }

    public Integer getPeriodGradeGraceDays() {
        return periodGradeGraceDays;
    }

    public void setPeriodGradeGraceDays(Integer periodGradeGraceDays) {
        this.periodGradeGraceDays = periodGradeGraceDays;
    }

    public boolean isHomeworkRuleEnabled() {
        return homeworkRuleEnabled;
    }

    public void setHomeworkRuleEnabled(boolean homeworkRuleEnabled) {
        this.homeworkRuleEnabled = homeworkRuleEnabled;
    }

    public BigDecimal getRoundingThreshold() {
        return roundingThreshold;
    }

    public void setRoundingThreshold(BigDecimal roundingThreshold) {
        this.roundingThreshold = roundingThreshold;
    }

    public HolidayForm getHoliday() {
        return holiday;
    }
}
