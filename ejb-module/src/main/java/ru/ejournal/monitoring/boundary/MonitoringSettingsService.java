package ru.ejournal.monitoring.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.ConflictException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.monitoring.entity.SchoolHoliday;
import ru.ejournal.school.entity.School;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;

/**
 * The school's journal-monitoring rules and holidays: the administrator changes them, the deputy
 * director may look at them; every changed rule is written to the change history.
 */
@Stateless
public class MonitoringSettingsService {

    /** The entity type of the history records of the settings. */
    public static final String HISTORY_TYPE = "School";

    /** The entity type of the history records of added and removed holidays. */
    public static final String HOLIDAY_HISTORY_TYPE = "SchoolHoliday";

    static final int MAX_HOLIDAY_DAYS = 92;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    /** The caller's school. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR})
    public Long mySchoolId() {
        return access.callerSchool().getId();
    }

    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR})
    public MonitoringSettings settings(@NotNull(message = "{monitoring.school.required}") Long schoolId) {
        return MonitoringSettings.of(access.checkSchool(schoolId, Intent.READ));
    }

    /**
     * Saves the rules if nobody changed the school since {@code settings.version()} was read;
     * returns the saved settings with the new version.
     */
    @RolesAllowed(ADMIN)
    public MonitoringSettings save(
            @NotNull(message = "{monitoring.school.required}") Long schoolId,
            @NotNull(message = "{monitoring.settings.required}") @Valid MonitoringSettings settings) {
        School school = lockedSchool(schoolId, settings.version());
        saveWithHistory(
                school,
                () -> MonitoringSettings.of(school).snapshot(),
                () -> settings.applyTo(school),
                Texts.text("monitoring.history.settings"));
        return MonitoringSettings.of(school);
    }

    /** The school's mass mark-change alert settings. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR})
    public MarkAlertSettings markAlertSettings(@NotNull(message = "{monitoring.school.required}") Long schoolId) {
        return MarkAlertSettings.of(access.checkSchool(schoolId, Intent.READ));
    }

    /**
     * Saves the mass mark-change alert settings if nobody changed the school since {@code
     * settings.version()} was read; every changed setting goes into the change history.
     */
    @RolesAllowed(ADMIN)
    public MarkAlertSettings saveMarkAlert(
            @NotNull(message = "{monitoring.school.required}") Long schoolId,
            @NotNull(message = "{monitoring.settings.required}") @Valid MarkAlertSettings settings) {
        School school = lockedSchool(schoolId, settings.version());
        saveWithHistory(
                school,
                () -> MarkAlertSettings.of(school).snapshot(),
                () -> settings.applyTo(school),
                Texts.text("monitoring.history.markAlert"));
        return MarkAlertSettings.of(school);
    }

    /** The school's thresholds of the pupils at risk. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR})
    public AtRiskSettings atRiskSettings(@NotNull(message = "{monitoring.school.required}") Long schoolId) {
        return AtRiskSettings.of(access.checkSchool(schoolId, Intent.READ));
    }

    /**
     * Saves the thresholds of the pupils at risk if nobody changed the school since {@code settings.version()}
     * was read; every changed setting goes into the change history. The next pass applies them.
     */
    @RolesAllowed(ADMIN)
    public AtRiskSettings saveAtRisk(
            @NotNull(message = "{monitoring.school.required}") Long schoolId,
            @NotNull(message = "{monitoring.settings.required}") @Valid AtRiskSettings settings) {
        School school = lockedSchool(schoolId, settings.version());
        saveWithHistory(
                school,
                () -> AtRiskSettings.of(school).snapshot(),
                () -> settings.applyTo(school),
                Texts.text("monitoring.history.atRisk"));
        return AtRiskSettings.of(school);
    }

    /** The school to change, locked, if nobody changed it since {@code version} was read. */
    private School lockedSchool(Long schoolId, long version) {
        School school = access.checkSchool(schoolId, Intent.WRITE);
        em.refresh(school, LockModeType.PESSIMISTIC_WRITE);
        if (school.getVersion() != version) {
            throw new ConflictException("monitoring.settings.conflict");
        }
        return school;
    }

    /** Applies the settings and writes each changed one into the school's change history. */
    private void saveWithHistory(School school, Supplier<Map<String, String>> snapshot, Runnable apply, String reason) {
        Map<String, String> before = snapshot.get();
        apply.run();
        Map<String, String> after = snapshot.get();
        String login = access.caller().getLogin();
        Instant now = Instant.now();
        for (Map.Entry<String, String> field : after.entrySet()) {
            String old = before.get(field.getKey());
            if (!Objects.equals(old, field.getValue())) {
                ChangeRecord change = new ChangeRecord(
                        school, HISTORY_TYPE, school.getId(), field.getKey(), old, field.getValue(), login, now);
                change.setReason(reason);
                em.persist(change);
            }
        }
        em.flush();
    }

    /** The school's holidays, consecutive days of one name joined into a range, by date. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR})
    public List<HolidayRange> holidays(@NotNull(message = "{monitoring.school.required}") Long schoolId) {
        access.checkSchool(schoolId, Intent.READ);
        List<SchoolHoliday> days = em.createQuery(
                        "select h from SchoolHoliday h where h.school.id = :school order by h.date",
                        SchoolHoliday.class)
                .setParameter("school", schoolId)
                .getResultList();
        List<HolidayRange> ranges = new ArrayList<>();
        HolidayRange current = null;
        for (SchoolHoliday day : days) {
            if (current != null
                    && current.to().plusDays(1).equals(day.getDate())
                    && current.name().equals(day.getName())) {
                current = new HolidayRange(current.from(), day.getDate(), current.name());
                ranges.set(ranges.size() - 1, current);
            } else {
                current = new HolidayRange(day.getDate(), day.getDate(), day.getName());
                ranges.add(current);
            }
        }
        return ranges;
    }

    /** Adds the days {@code from}..{@code to} as holidays; a range that overlaps a holiday is refused. */
    @RolesAllowed(ADMIN)
    public HolidayRange addHoliday(
            @NotNull(message = "{monitoring.school.required}") Long schoolId,
            @NotNull(message = "{monitoring.holiday.from.required}") LocalDate from,
            @NotNull(message = "{monitoring.holiday.to.required}") LocalDate to,
            @NotBlank(message = "{monitoring.holiday.name.required}")
                    @Size(max = 200, message = "{monitoring.holiday.name.size}")
                    String name) {
        School school = access.checkSchool(schoolId, Intent.WRITE);
        if (to.isBefore(from)) {
            throw new BusinessException("monitoring.holiday.toBeforeFrom");
        }
        if (to.toEpochDay() - from.toEpochDay() + 1 > MAX_HOLIDAY_DAYS) {
            throw new BusinessException("monitoring.holiday.tooLong", MAX_HOLIDAY_DAYS);
        }
        em.lock(school, LockModeType.PESSIMISTIC_WRITE);
        List<SchoolHoliday> taken = em.createNamedQuery("SchoolHoliday.findBySchoolAndDates", SchoolHoliday.class)
                .setParameter("schoolId", schoolId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(1)
                .getResultList();
        if (!taken.isEmpty()) {
            SchoolHoliday first = taken.get(0);
            throw new BusinessException("monitoring.holiday.overlaps", DATE.format(first.getDate()), first.getName());
        }
        String trimmed = name.strip();
        SchoolHoliday first = null;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            SchoolHoliday holiday = new SchoolHoliday(school, day, trimmed);
            em.persist(holiday);
            first = first == null ? holiday : first;
        }
        em.flush();
        HolidayRange added = new HolidayRange(from, to, trimmed);
        holidayHistory(school, first.getId(), null, added);
        return added;
    }

    /** Removes the holidays from {@code from} to {@code to}; returns how many days were removed. */
    @RolesAllowed(ADMIN)
    public int removeHoliday(
            @NotNull(message = "{monitoring.school.required}") Long schoolId,
            @NotNull(message = "{monitoring.holiday.from.required}") LocalDate from,
            @NotNull(message = "{monitoring.holiday.to.required}") LocalDate to) {
        School school = access.checkSchool(schoolId, Intent.WRITE);
        List<SchoolHoliday> days = em.createNamedQuery("SchoolHoliday.findBySchoolAndDates", SchoolHoliday.class)
                .setParameter("schoolId", schoolId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        if (!days.isEmpty()) {
            holidayHistory(
                    school,
                    days.get(0).getId(),
                    new HolidayRange(from, to, days.get(0).getName()),
                    null);
        }
        int removed = em.createQuery(
                        "delete from SchoolHoliday h where h.school.id = :school and h.date between :from and :to")
                .setParameter("school", schoolId)
                .setParameter("from", from)
                .setParameter("to", to)
                .executeUpdate();
        if (removed == 0) {
            throw new BusinessException("monitoring.holiday.none");
        }
        return removed;
    }

    /** The history of the holiday list: one record per added or removed range, of its first day's row. */
    private void holidayHistory(School school, Long firstDayId, HolidayRange removed, HolidayRange added) {
        ChangeRecord change = new ChangeRecord(
                school,
                HOLIDAY_HISTORY_TYPE,
                firstDayId,
                "holiday",
                removed == null ? null : text(removed),
                added == null ? null : text(added),
                access.caller().getLogin(),
                Instant.now());
        change.setReason(Texts.text("monitoring.history.holidays"));
        em.persist(change);
    }

    private static String text(HolidayRange range) {
        return range.from() + ".." + range.to() + " " + range.name();
    }
}
