package ru.ejournal.school.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.ConflictException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.school.control.PeriodRules;
import ru.ejournal.school.control.SetupHistory;
import ru.ejournal.school.control.SetupSnapshots;
import ru.ejournal.school.entity.AcademicYear;
import ru.ejournal.school.entity.PeriodType;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.school.entity.StudyPeriodKind;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.AccessDeniedException;

/**
 * The administrator sets up the school's academic years and their study periods (quarters,
 * trimesters or half-years, the school's choice). The rules of the dates are in {@link
 * PeriodRules}; a year and its periods are saved together, so that a change of the year's dates and
 * of its periods' dates is checked as a whole. A closed period is never changed here.
 */
@Stateless
@RolesAllowed(ADMIN)
public class AcademicYearService {

    static final String REASON = Texts.text("school.years.reason");

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    SetupHistory history;

    /** The caller's school. */
    @RolesAllowed(ADMIN)
    public Long mySchoolId() {
        return access.callerSchool().getId();
    }

    /** The school's years, the latest first. */
    @RolesAllowed(ADMIN)
    public List<YearRow> years(@NotNull(message = "{school.school.required}") Long schoolId) {
        access.checkSchool(schoolId, Intent.WRITE);
        return em.createNamedQuery("AcademicYear.findBySchool", AcademicYear.class)
                .setParameter("schoolId", schoolId)
                .getResultStream()
                .map(YearRow::of)
                .toList();
    }

    /** The periods of a year of the school, by date. */
    @RolesAllowed(ADMIN)
    public List<PeriodRow> periods(
            @NotNull(message = "{school.school.required}") Long schoolId,
            @NotNull(message = "{school.year.select}") Long yearId) {
        access.checkSchool(schoolId, Intent.WRITE);
        year(schoolId, yearId);
        return periodsOf(yearId).stream().map(PeriodRow::of).toList();
    }

    /** How the school divides its years (the choice of its latest year). */
    @RolesAllowed(ADMIN)
    public PeriodType periodType(@NotNull(message = "{school.school.required}") Long schoolId) {
        return access.checkSchool(schoolId, Intent.WRITE).getPeriodType();
    }

    /** Default dates of the periods of a type for a year's dates; nothing is stored. */
    @RolesAllowed(ADMIN)
    public List<PeriodRow> proposePeriods(
            @NotNull(message = "{school.school.required}") Long schoolId,
            LocalDate yearStart,
            LocalDate yearEnd,
            @NotNull(message = "{school.year.type.select}") PeriodType type) {
        access.checkSchool(schoolId, Intent.WRITE);
        return PeriodRules.propose(yearStart, yearEnd, type);
    }

    /**
     * Creates a year with its periods of {@code type} ({@code periods} empty: the proposed dates) and
     * makes {@code type} the school's choice. The school's first year is its current year; a year
     * marked current takes the flag from the one before.
     */
    @RolesAllowed(ADMIN)
    public YearRow createYear(
            @NotNull(message = "{school.school.required}") Long schoolId,
            @NotNull(message = "{school.year.required}") YearRow data,
            @NotNull(message = "{school.year.type.select}") PeriodType type,
            List<PeriodRow> periods) {
        School school = access.checkSchool(schoolId, Intent.WRITE);
        em.lock(school, LockModeType.PESSIMISTIC_WRITE);
        PeriodRules.checkYear(data.name(), data.startDate(), data.endDate());
        String name = data.name().strip();
        checkNoOtherYear(schoolId, null, name, data.startDate(), data.endDate());
        List<PeriodRow> rows = periods == null || periods.isEmpty()
                ? PeriodRules.propose(data.startDate(), data.endDate(), type)
                : periods;
        StudyPeriodKind kind = PeriodRules.kindOf(type);
        for (PeriodRow row : rows) {
            if (row.kind() != kind && row.kind() != StudyPeriodKind.YEAR) {
                throw new BusinessException("school.year.typeMismatch." + type.name(), row.name());
            }
        }
        PeriodRules.checkPeriods(
                data.startDate(), data.endDate(), rows, holidays(schoolId, data.startDate(), data.endDate()));

        String login = access.caller().getLogin();
        boolean first = years(schoolId).isEmpty();
        AcademicYear year = new AcademicYear(school, name, data.startDate(), data.endDate());
        if (data.current() || first) {
            clearCurrent(schoolId, login);
            year.setCurrent(true);
        }
        em.persist(year);
        em.flush();
        history.record(school, "AcademicYear", year.getId(), Map.of(), SetupSnapshots.of(year), login, REASON);
        for (PeriodRow row : rows) {
            persistPeriod(year, row, login);
        }
        if (school.getPeriodType() != type) {
            history.record(
                    school,
                    "School",
                    school.getId(),
                    Map.of("periodType", school.getPeriodType().name()),
                    Map.of("periodType", type.name()),
                    login,
                    REASON);
            school.setPeriodType(type);
        }
        em.flush();
        return YearRow.of(year);
    }

    /**
     * Saves a year's name, dates and current flag together with its periods: every stored period must
     * be in {@code periods} (nothing is deleted), a period without id is added. Refused as a whole,
     * with nothing stored, when a rule is broken, a closed period would change, or somebody saved the
     * year or a period since {@code data.version()} was read.
     */
    @RolesAllowed(ADMIN)
    public YearRow saveYear(
            @NotNull(message = "{school.school.required}") Long schoolId,
            @NotNull(message = "{school.year.required}") YearRow data,
            @NotNull(message = "{school.periods.required}") List<PeriodRow> periods) {
        School school = access.checkSchool(schoolId, Intent.WRITE);
        AcademicYear year = year(schoolId, data.id());
        em.lock(school, LockModeType.PESSIMISTIC_WRITE);
        if (year.getVersion() != data.version()) {
            throw conflict();
        }
        PeriodRules.checkYear(data.name(), data.startDate(), data.endDate());
        String name = data.name().strip();
        checkNoOtherYear(schoolId, year.getId(), name, data.startDate(), data.endDate());
        if (year.isCurrent() && !data.current()) {
            throw new BusinessException("school.year.currentRequired");
        }

        Map<Long, StudyPeriod> stored = new HashMap<>();
        for (StudyPeriod p : periodsOf(year.getId())) {
            stored.put(p.getId(), p);
        }
        Set<Long> seen = new HashSet<>();
        StudyPeriodKind kind = PeriodRules.kindOf(school.getPeriodType());
        for (PeriodRow row : periods) {
            if (row.id() == null) {
                if (row.kind() == null) {
                    throw new BusinessException("school.period.kindRequired", row.name());
                }
                continue;
            }
            StudyPeriod p = stored.get(row.id());
            if (p == null || !seen.add(row.id())) {
                throw new AccessDeniedException("school.period.notOfYear");
            }
            if (p.getVersion() != row.version()) {
                throw conflict();
            }
            if (p.isClosed() && changes(p, row)) {
                throw new BusinessException("school.period.closedLocked", p.getName());
            }
            if (row.kind() != p.getKind()) {
                throw new BusinessException("school.period.kindLocked", p.getName());
            }
        }
        for (StudyPeriod p : stored.values()) {
            if (!seen.contains(p.getId())) {
                throw new BusinessException("school.period.noDelete", p.getName());
            }
        }
        List<PeriodRow> all = new ArrayList<>(periods);
        boolean hasTiling = all.stream().anyMatch(r -> r.id() != null && r.kind() != StudyPeriodKind.YEAR);
        for (PeriodRow row : all) {
            if (row.id() == null && row.kind() != StudyPeriodKind.YEAR && hasTiling && row.kind() != kind) {
                throw new BusinessException("school.period.otherKind", row.name());
            }
        }
        PeriodRules.checkPeriods(
                data.startDate(), data.endDate(), all, holidays(schoolId, data.startDate(), data.endDate()));

        String login = access.caller().getLogin();
        if (data.current() && !year.isCurrent()) {
            clearCurrent(schoolId, login);
        }
        Map<String, String> before = SetupSnapshots.of(year);
        year.setName(name);
        year.setStartDate(data.startDate());
        year.setEndDate(data.endDate());
        year.setCurrent(data.current());
        history.record(school, "AcademicYear", year.getId(), before, SetupSnapshots.of(year), login, REASON);
        for (PeriodRow row : all) {
            if (row.id() == null) {
                persistPeriod(year, row, login);
            } else {
                StudyPeriod p = stored.get(row.id());
                Map<String, String> was = SetupSnapshots.of(p);
                p.setCode(row.code().strip());
                p.setName(row.name().strip());
                p.setStartDate(row.startDate());
                p.setEndDate(row.endDate());
                history.record(school, "StudyPeriod", p.getId(), was, SetupSnapshots.of(p), login, REASON);
            }
        }
        em.flush();
        return YearRow.of(year);
    }

    private void persistPeriod(AcademicYear year, PeriodRow row, String login) {
        StudyPeriod p = new StudyPeriod(
                year, row.code().strip(), row.name().strip(), row.kind(), row.startDate(), row.endDate());
        em.persist(p);
        em.flush();
        history.record(year.getSchool(), "StudyPeriod", p.getId(), Map.of(), SetupSnapshots.of(p), login, REASON);
    }

    private static boolean changes(StudyPeriod p, PeriodRow row) {
        return !Objects.equals(
                        p.getCode(), row.code() == null ? null : row.code().strip())
                || !Objects.equals(
                        p.getName(), row.name() == null ? null : row.name().strip())
                || !Objects.equals(p.getStartDate(), row.startDate())
                || !Objects.equals(p.getEndDate(), row.endDate());
    }

    private void checkNoOtherYear(Long schoolId, Long yearId, String name, LocalDate start, LocalDate end) {
        for (AcademicYear other : em.createNamedQuery("AcademicYear.findBySchool", AcademicYear.class)
                .setParameter("schoolId", schoolId)
                .getResultList()) {
            if (other.getId().equals(yearId)) {
                continue;
            }
            if (other.getName().equalsIgnoreCase(name)) {
                throw new BusinessException("school.year.exists", name);
            }
            if (!other.getStartDate().isAfter(end) && !other.getEndDate().isBefore(start)) {
                throw new BusinessException(
                        "school.year.overlaps",
                        other.getName(),
                        PeriodRules.range(other.getStartDate(), other.getEndDate()));
            }
        }
    }

    private void clearCurrent(Long schoolId, String login) {
        for (AcademicYear other : em.createNamedQuery("AcademicYear.findCurrent", AcademicYear.class)
                .setParameter("schoolId", schoolId)
                .getResultList()) {
            Map<String, String> before = SetupSnapshots.of(other);
            other.setCurrent(false);
            history.record(
                    other.getSchool(), "AcademicYear", other.getId(), before, SetupSnapshots.of(other), login, REASON);
        }
        em.flush();
    }

    private AcademicYear year(Long schoolId, Long yearId) {
        AcademicYear year = yearId == null ? null : em.find(AcademicYear.class, yearId);
        if (year == null || !year.getSchool().getId().equals(schoolId)) {
            throw new AccessDeniedException("common.noAccess");
        }
        return year;
    }

    private List<StudyPeriod> periodsOf(Long yearId) {
        return em.createNamedQuery("StudyPeriod.findByYear", StudyPeriod.class)
                .setParameter("academicYearId", yearId)
                .getResultList();
    }

    private Set<LocalDate> holidays(Long schoolId, LocalDate from, LocalDate to) {
        return new HashSet<>(em.createQuery(
                        "select h.date from SchoolHoliday h where h.school.id = :school and h.date between :from and :to",
                        LocalDate.class)
                .setParameter("school", schoolId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList());
    }

    private static ConflictException conflict() {
        return new ConflictException("school.year.conflict");
    }
}
