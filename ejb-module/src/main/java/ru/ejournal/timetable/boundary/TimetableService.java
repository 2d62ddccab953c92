package ru.ejournal.timetable.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.school.entity.AcademicYear;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.Subgroup;
import ru.ejournal.school.entity.Subject;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.staff.entity.StaffMember;
import ru.ejournal.timetable.control.TimetableRules;
import ru.ejournal.timetable.control.Timetables;
import ru.ejournal.timetable.entity.Timetable;
import ru.ejournal.timetable.entity.TimetableEntry;

/**
 * Расписание: the administrator keeps each class's weekly timetable in versions valid from a date (the
 * deputy director reads it). Every change is checked by {@link TimetableRules} and written to the change
 * history.
 */
@Stateless
public class TimetableService {

    static final String REMOVED = Texts.text("timetable.entry.removedReason");

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    TimetableRules rules;

    @Inject
    Timetables timetables;

    @Inject
    ChangeHistory history;

    /** The classes of the school's current year. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR})
    public List<Choice> classes() {
        School school = access.callerSchool();
        return em.createQuery("""
                        select c from SchoolClass c where c.school = :school and c.academicYear.current = true
                        order by c.grade, c.letter""", SchoolClass.class)
                .setParameter("school", school)
                .getResultStream()
                .map(c -> new Choice(c.getId(), c.getName()))
                .toList();
    }

    /** The class's versions and one of them: {@code timetableId}, or the one in force today, or the latest. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR})
    public TimetablePage page(@NotNull(message = "{school.class.select}") Long classId, Long timetableId) {
        SchoolClass schoolClass = access.checkClass(classId, Intent.READ);
        List<Timetable> versions = timetables.versions(schoolClass);
        Timetable chosen = versions.stream()
                .filter(t -> t.getId().equals(timetableId))
                .findFirst()
                .orElseGet(() -> versions.stream()
                        .filter(t -> !t.isDraft() && !t.getValidFrom().isAfter(LocalDate.now()))
                        .reduce((a, b) -> b)
                        .orElse(versions.isEmpty() ? null : versions.get(versions.size() - 1)));
        List<TimetableEntry> entries = chosen == null ? List.of() : timetables.entries(chosen);
        Map<Long, Integer> counts = new HashMap<>();
        em.createQuery(
                        "select e.timetable.id, count(e) from TimetableEntry e where e.timetable.schoolClass = :c"
                                + " group by e.timetable.id",
                        Object[].class)
                .setParameter("c", schoolClass)
                .getResultStream()
                .forEach(r -> counts.put((Long) r[0], ((Long) r[1]).intValue()));
        List<VersionRow> rows = new ArrayList<>();
        for (Timetable t : versions) {
            rows.add(row(t, versions, counts.getOrDefault(t.getId(), 0)));
        }
        School school = schoolClass.getSchool();
        List<Choice> subjects = em.createQuery(
                        "select s from Subject s where s.school = :school order by s.name", Subject.class)
                .setParameter("school", school)
                .getResultStream()
                .map(s -> new Choice(s.getId(), s.getName()))
                .toList();
        List<TimetablePage.SubgroupChoice> subgroups = em.createNamedQuery("Subgroup.findByClass", Subgroup.class)
                .setParameter("schoolClassId", classId)
                .getResultStream()
                .map(g -> new TimetablePage.SubgroupChoice(
                        g.getId(),
                        g.getSubject().getName() + ": " + g.getName(),
                        g.getSubject().getId()))
                .toList();
        List<Choice> teachers = em.createNamedQuery("StaffMember.findBySchool", StaffMember.class)
                .setParameter("schoolId", school.getId())
                .getResultStream()
                .map(s -> new Choice(s.getId(), s.fullName()))
                .toList();
        return new TimetablePage(
                classId,
                schoolClass.getName(),
                rows,
                chosen == null ? null : row(chosen, versions, entries.size()),
                entries.stream().map(TimetableService::entryRow).toList(),
                subjects,
                subgroups,
                teachers);
    }

    /**
     * A new version of the class's timetable from {@code validFrom}, a copy of the version in force then
     * (empty when none): the administrator changes it, and it replaces the earlier one from its date on.
     */
    @RolesAllowed(ADMIN)
    public Long createVersion(
            @NotNull(message = "{school.class.select}") Long classId,
            @NotNull(message = "{timetable.validFrom.required}") LocalDate validFrom) {
        SchoolClass schoolClass = access.checkClass(classId, Intent.WRITE);
        AcademicYear year = schoolClass.getAcademicYear();
        if (validFrom.isBefore(year.getStartDate()) || validFrom.isAfter(year.getEndDate())) {
            throw new BusinessException(
                    "timetable.version.outsideYear",
                    year.getName(),
                    TimetableRules.date(year.getStartDate()),
                    TimetableRules.date(year.getEndDate()));
        }
        List<Timetable> versions = timetables.versions(schoolClass);
        if (versions.stream().anyMatch(t -> t.getValidFrom().equals(validFrom))) {
            throw new BusinessException(
                    "timetable.version.existsChoose", schoolClass.getName(), TimetableRules.date(validFrom));
        }
        Timetable base = versions.stream()
                .filter(t -> !t.isDraft() && t.getValidFrom().isBefore(validFrom))
                .reduce((a, b) -> b)
                .orElse(null);
        String login = access.caller().getLogin();
        Timetable created = new Timetable(schoolClass, validFrom, false, login, Instant.now());
        em.persist(created);
        history.record(
                created,
                Map.of(),
                login,
                base == null
                        ? Texts.text("timetable.version.newReason")
                        : Texts.text("timetable.version.copyReason", TimetableRules.date(base.getValidFrom())));
        if (base != null) {
            timetables.copyEntries(base, created, null);
        }
        return created.getId();
    }

    /** Adds an entry ({@code entryId} null) or changes one, after every rule of {@link TimetableRules}. */
    @RolesAllowed(ADMIN)
    public Long saveEntry(@NotNull(message = "{timetable.entry.data.required}") EntryData data) {
        Timetable timetable = data.timetableId() == null ? null : em.find(Timetable.class, data.timetableId());
        if (timetable == null) {
            throw new BusinessException("timetable.version.missing");
        }
        SchoolClass schoolClass = access.checkClass(timetable.getSchoolClass().getId(), Intent.WRITE);
        TimetableEntry entry = null;
        if (data.entryId() != null) {
            entry = em.find(TimetableEntry.class, data.entryId());
            if (entry == null || !entry.getTimetable().equals(timetable)) {
                throw new BusinessException("timetable.entry.notFound");
            }
        }
        TimetableRules.checkDayAndNumber(data.dayOfWeek(), data.lessonNo());
        School school = schoolClass.getSchool();
        Subject subject = rules.subject(school, data.subjectId());
        StaffMember teacher = rules.teacher(school, data.teacherId());
        Subgroup subgroup = rules.subgroup(schoolClass, subject, data.subgroupId());
        String room = TimetableRules.room(data.room());
        int day = data.dayOfWeek();
        int no = data.lessonNo();
        rules.checkSlotFree(timetable, entry, day, no, subgroup);
        rules.checkTeacherFree(timetable, entry == null ? null : entry.getId(), teacher, day, no);

        String login = access.caller().getLogin();
        if (entry == null) {
            entry = new TimetableEntry(timetable, day, no, subject, subgroup, teacher, room);
            em.persist(entry);
            history.record(entry, Map.of(), login, null);
        } else {
            Map<String, String> before = entry.auditSnapshot();
            entry.setDayOfWeek(day);
            entry.setLessonNo(no);
            entry.setSubject(subject);
            entry.setSubgroup(subgroup);
            entry.setTeacher(teacher);
            entry.setRoom(room);
            history.record(entry, before, login, null);
        }
        return entry.getId();
    }

    /** Removes an entry; its fields stay in the change history. */
    @RolesAllowed(ADMIN)
    public void removeEntry(@NotNull(message = "{timetable.entry.select}") Long entryId) {
        TimetableEntry entry = em.find(TimetableEntry.class, entryId);
        if (entry == null) {
            throw new BusinessException("timetable.entry.notFound");
        }
        access.checkClass(entry.getTimetable().getSchoolClass().getId(), Intent.WRITE);
        String login = access.caller().getLogin();
        Instant now = Instant.now();
        entry.auditSnapshot().forEach((field, value) -> {
            if (value != null) {
                ChangeRecord record = new ChangeRecord(
                        entry.getSchool(), entry.auditType(), entry.getId(), field, value, null, login, now);
                record.setReason(REMOVED);
                em.persist(record);
            }
        });
        em.remove(entry);
    }

    /** Puts a draft (a copy made at year end) in force, after checking that no teacher is double-booked. */
    @RolesAllowed(ADMIN)
    public void approve(@NotNull(message = "{timetable.version.select}") Long timetableId) {
        Timetable timetable = em.find(Timetable.class, timetableId);
        if (timetable == null) {
            throw new BusinessException("timetable.version.notFound");
        }
        access.checkClass(timetable.getSchoolClass().getId(), Intent.WRITE);
        if (!timetable.isDraft()) {
            return;
        }
        Map<String, String> before = timetable.auditSnapshot();
        timetable.setDraft(false);
        for (TimetableEntry e : timetables.entries(timetable)) {
            rules.checkTeacherFree(timetable, e.getId(), e.getTeacher(), e.getDayOfWeek(), e.getLessonNo());
        }
        history.record(timetable, before, access.caller().getLogin(), Texts.text("timetable.version.approvedReason"));
    }

    /** Every change of the class's timetable versions and entries, newest first (at most 500). */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR})
    public List<TimetableHistoryRow> history(@NotNull(message = "{school.class.select}") Long classId) {
        return history(classId, Texts.RUSSIAN);
    }

    /** {@link #history(Long)} with what changed, days and yes/no values in {@code locale}. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR})
    public List<TimetableHistoryRow> history(@NotNull(message = "{school.class.select}") Long classId, Locale locale) {
        SchoolClass schoolClass = access.checkClass(classId, Intent.READ);
        List<Timetable> versions = timetables.versions(schoolClass);
        if (versions.isEmpty()) {
            return List.of();
        }
        List<Long> ids = versions.stream().map(Timetable::getId).toList();
        List<String> texts = ids.stream().map(String::valueOf).toList();
        List<ChangeRecord> records = em.createQuery("""
                        select c from ChangeRecord c where c.school = :school and (
                          (c.entityType = 'Timetable' and c.entityId in :ids)
                          or (c.entityType = 'TimetableEntry' and c.entityId in (
                              select c2.entityId from ChangeRecord c2 where c2.school = :school
                              and c2.entityType = 'TimetableEntry' and c2.field = 'timetable'
                              and (c2.newValue in :texts or c2.oldValue in :texts))))
                        order by c.changedAt desc, c.id desc""", ChangeRecord.class)
                .setParameter("school", schoolClass.getSchool())
                .setParameter("ids", ids)
                .setParameter("texts", texts)
                .setMaxResults(500)
                .getResultList();
        Names names = new Names(schoolClass.getSchool());
        Map<Long, LocalDate> starts = new HashMap<>();
        versions.forEach(t -> starts.put(t.getId(), t.getValidFrom()));
        return records.stream()
                .map(c -> new TimetableHistoryRow(
                        c.getChangedAt(),
                        c.getChangedBy(),
                        Texts.text(
                                locale,
                                "Timetable".equals(c.getEntityType())
                                        ? "timetable.history.version"
                                        : "timetable.history.entry"),
                        c.getField(),
                        names.value(c.getField(), c.getOldValue(), starts, locale),
                        names.value(c.getField(), c.getNewValue(), starts, locale),
                        c.getReason()))
                .toList();
    }

    /** Ids in the history as the administrator knows them. */
    private final class Names {
        private final Map<String, String> subjects = new HashMap<>();
        private final Map<String, String> teachers = new HashMap<>();
        private final Map<String, String> subgroups = new HashMap<>();

        Names(School school) {
            em.createQuery("select s.id, s.name from Subject s where s.school = :school", Object[].class)
                    .setParameter("school", school)
                    .getResultStream()
                    .forEach(r -> subjects.put(String.valueOf(r[0]), (String) r[1]));
            em.createQuery(
                            "select s.id, s.lastName, s.firstName, s.patronymic from StaffMember s where s.school = :school",
                            Object[].class)
                    .setParameter("school", school)
                    .getResultStream()
                    .forEach(r -> teachers.put(
                            String.valueOf(r[0]),
                            ru.ejournal.common.entity.PersonName.initials(
                                    (String) r[1], (String) r[2], (String) r[3])));
            em.createQuery("select g.id, g.name from Subgroup g where g.school = :school", Object[].class)
                    .setParameter("school", school)
                    .getResultStream()
                    .forEach(r -> subgroups.put(String.valueOf(r[0]), (String) r[1]));
        }

        String value(String field, String value, Map<Long, LocalDate> starts, Locale locale) {
            if (value == null) {
                return null;
            }
            return switch (field) {
                case "subject" -> subjects.getOrDefault(value, value);
                case "teacher" -> teachers.getOrDefault(value, value);
                case "subgroup" -> subgroups.getOrDefault(value, value);
                case "dayOfWeek" -> TimetableRules.dayName(locale, Integer.parseInt(value));
                case "draft" -> Texts.text(locale, "timetable.history.draft." + "true".equals(value));
                case "timetable" -> {
                    LocalDate from = starts.get(Long.valueOf(value));
                    yield from == null
                            ? value
                            : Texts.text(locale, "timetable.history.from", TimetableRules.date(from));
                }
                default -> value;
            };
        }
    }

    private static VersionRow row(Timetable t, List<Timetable> versions, int entries) {
        LocalDate to = versions.stream()
                .filter(v -> !v.isDraft() && v.getValidFrom().isAfter(t.getValidFrom()))
                .map(Timetable::getValidFrom)
                .min(Comparator.naturalOrder())
                .map(d -> d.minusDays(1))
                .orElse(null);
        return new VersionRow(t.getId(), t.getValidFrom(), to, t.isDraft(), entries);
    }

    private static EntryRow entryRow(TimetableEntry e) {
        return new EntryRow(
                e.getId(),
                e.getDayOfWeek(),
                e.getLessonNo(),
                e.getSubject().getId(),
                e.getSubject().getName(),
                e.getSubgroup() == null ? null : e.getSubgroup().getId(),
                e.getSubgroup() == null ? null : e.getSubgroup().getName(),
                e.getTeacher().getId(),
                e.getTeacher().shortName(),
                e.getRoom());
    }
}
