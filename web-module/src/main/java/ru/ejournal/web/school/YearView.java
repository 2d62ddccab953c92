package ru.ejournal.web.school;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.ejournal.monitoring.boundary.HolidayRange;
import ru.ejournal.monitoring.boundary.MonitoringSettingsService;
import ru.ejournal.school.boundary.AcademicYearService;
import ru.ejournal.school.boundary.PeriodRow;
import ru.ejournal.school.boundary.YearRow;
import ru.ejournal.school.entity.PeriodType;
import ru.ejournal.web.common.NamedDates;
import ru.ejournal.web.monitoring.HolidayForm;

/**
 * The administrator's academic year page ({@code /admin/school/year.xhtml}): the years of the school,
 * the chosen year with its periods (saved together), a new year with proposed period dates, and the
 * school's holidays and vacations, the one list the monitoring settings also edit.
 */
@Named
@ViewScoped
public class YearView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AcademicYearService years;

    @Inject
    MonitoringSettingsService holidaysService;

    private Long schoolId;
    private List<YearRow> yearList = List.of();
    private Long yearId;
    private final NamedDates edited = new NamedDates();
    private boolean current;
    private long version;
    private List<PeriodForm> periods = new ArrayList<>();

    private String newName;
    private LocalDate newStart;
    private LocalDate newEnd;
    private boolean newCurrent;
    private PeriodType newType;
    private List<PeriodForm> newPeriods = new ArrayList<>();

    private List<HolidayRange> holidays = List.of();
    private final HolidayForm holiday = new HolidayForm();

    @PostConstruct
    void init() {
        schoolId = years.mySchoolId();
        newType = years.periodType(schoolId);
        reloadYears(null);
        holidays = holidaysService.holidays(schoolId);
        int start = LocalDate.now().getMonthValue() >= 6
                ? LocalDate.now().getYear()
                : LocalDate.now().getYear() - 1;
        if (yearList.stream().anyMatch(y -> y.startDate().getYear() == start)) {
            suggestNewYear(start + 1);
        } else {
            suggestNewYear(start);
        }
    }

    private void suggestNewYear(int start) {
        newName = start + "/" + (start + 1);
        newStart = LocalDate.of(start, 9, 1);
        newEnd = LocalDate.of(start + 1, 5, 31);
    }

    private void reloadYears(Long select) {
        yearList = years.years(schoolId);
        Long wanted = select != null
                ? select
                : yearList.stream()
                        .filter(YearRow::current)
                        .map(YearRow::id)
                        .findFirst()
                        .orElse(yearList.isEmpty() ? null : yearList.get(0).id());
        yearId = wanted;
        loadYear();
    }

    /** Shows the chosen year and its periods as stored (unsaved input is dropped). */
    public void loadYear() {
        YearRow year =
                yearList.stream().filter(y -> y.id().equals(yearId)).findFirst().orElse(null);
        periods = new ArrayList<>();
        if (year == null) {
            edited.show(null, null, null);
            current = false;
            return;
        }
        edited.show(year.name(), year.startDate(), year.endDate());
        current = year.current();
        version = year.version();
        years.periods(schoolId, yearId).forEach(p -> periods.add(new PeriodForm(p)));
    }

    public void save() {
        try {
            YearRow saved = years.saveYear(
                    schoolId,
                    new YearRow(yearId, edited.getName(), edited.getFrom(), edited.getTo(), current, version),
                    periods.stream().map(PeriodForm::toRow).toList());
            reloadYears(saved.id());
            SetupFaces.info("year.saved", saved.name());
        } catch (RuntimeException e) {
            SetupFaces.refused(null, e);
        }
    }

    /** Adds proposed periods of the school's type to a year that has none. */
    public void proposeForYear() {
        try {
            years.proposePeriods(schoolId, edited.getFrom(), edited.getTo(), newType)
                    .forEach(p -> periods.add(new PeriodForm(p)));
        } catch (RuntimeException e) {
            SetupFaces.refused(null, e);
        }
    }

    public void propose() {
        try {
            newPeriods = new ArrayList<>();
            years.proposePeriods(schoolId, newStart, newEnd, newType).forEach(p -> newPeriods.add(new PeriodForm(p)));
        } catch (RuntimeException e) {
            SetupFaces.refused(null, e);
        }
    }

    public void create() {
        try {
            List<PeriodRow> rows = newPeriods.stream().map(PeriodForm::toRow).toList();
            YearRow created = years.createYear(
                    schoolId, new YearRow(null, newName, newStart, newEnd, newCurrent, 0), newType, rows);
            newPeriods = new ArrayList<>();
            reloadYears(created.id());
            suggestNewYear(created.startDate().getYear() + 1);
            newCurrent = false;
            SetupFaces.info("year.created", created.name());
        } catch (RuntimeException e) {
            SetupFaces.refused(null, e);
        }
    }

    public void addHoliday() {
        try {
            holiday.addTo(holidaysService, schoolId);
            holidays = holidaysService.holidays(schoolId);
            SetupFaces.info("holidays.added");
        } catch (RuntimeException e) {
            SetupFaces.refused(null, e);
        }
    }

    public void removeHoliday(HolidayRange range) {
        try {
            holidaysService.removeHoliday(schoolId, range.from(), range.to());
            SetupFaces.info("holidays.removed");
        } catch (RuntimeException e) {
            SetupFaces.refused(null, e);
        }
        holidays = holidaysService.holidays(schoolId);
    }

    public PeriodType[] getPeriodTypes() {
        return PeriodType.values();
    }

    public boolean isYearChosen() {
        return yearId != null;
    }

    public List<YearRow> getYearList() {
        return yearList;
    }

    public Long getYearId() {
        return yearId;
    }

    public void setYearId(Long yearId) {
        this.yearId = yearId;
    }

    /** The chosen year's name and dates as edited. */
    public NamedDates getEdited() {
        return edited;
    }

    public boolean isCurrent() {
        return current;
    }

    public void setCurrent(boolean current) {
        this.current = current;
    }

    public List<PeriodForm> getPeriods() {
        return periods;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public LocalDate getNewStart() {
        return newStart;
    }

    public void setNewStart(LocalDate newStart) {
        this.newStart = newStart;
    }

    public LocalDate getNewEnd() {
        return newEnd;
    }

    public void setNewEnd(LocalDate newEnd) {
        this.newEnd = newEnd;
    }

    public boolean isNewCurrent() {
        return newCurrent;
    }

    public void setNewCurrent(boolean newCurrent) {
        this.newCurrent = newCurrent;
    }

    public PeriodType getNewType() {
        return newType;
    }

    public void setNewType(PeriodType newType) {
        this.newType = newType;
    }

    public List<PeriodForm> getNewPeriods() {
        return newPeriods;
    }

    public List<HolidayRange> getHolidays() {
        return holidays;
    }

    public HolidayForm getHoliday() {
        return holiday;
    }
}
