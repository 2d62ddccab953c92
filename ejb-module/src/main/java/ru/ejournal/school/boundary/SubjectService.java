package ru.ejournal.school.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.ConflictException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.journal.entity.WorkType;
import ru.ejournal.school.control.SetupHistory;
import ru.ejournal.school.control.SetupNames;
import ru.ejournal.school.control.SetupSnapshots;
import ru.ejournal.school.entity.Grading;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.Subject;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.AccessDeniedException;

/**
 * The administrator's subjects (name and grading: marks 1–5 or pass/fail) and work types (name and
 * weight, which weighs the marks of the type in the average). Names are checked by {@link
 * SetupNames} and unique in the school; a subject's grading does not change once it has marks.
 */
@Stateless
@RolesAllowed(ADMIN)
public class SubjectService {

    static final String REASON = Texts.text("school.subjects.reason");
    static final int MIN_WEIGHT = 1;
    static final int MAX_WEIGHT = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    SetupHistory history;

    @RolesAllowed(ADMIN)
    public long countSubjects(@NotNull(message = "{school.school.required}") Long schoolId, String filter) {
        access.checkSchool(schoolId, Intent.WRITE);
        return filtered(
                        em.createQuery(
                                "select count(s) from Subject s where s.school.id = :schoolId" + filterClause(filter),
                                Long.class),
                        schoolId,
                        filter)
                .getSingleResult();
    }

    /** A page of the school's subjects by name, filtered by a part of the name. */
    @RolesAllowed(ADMIN)
    public List<SubjectRow> subjects(
            @NotNull(message = "{school.school.required}") Long schoolId, String filter, int first, int max) {
        access.checkSchool(schoolId, Intent.WRITE);
        return filtered(
                        em.createQuery(
                                "select s from Subject s where s.school.id = :schoolId" + filterClause(filter)
                                        + " order by s.name",
                                Subject.class),
                        schoolId,
                        filter)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultStream()
                .map(SubjectRow::of)
                .toList();
    }

    @RolesAllowed(ADMIN)
    public SubjectRow createSubject(
            @NotNull(message = "{school.school.required}") Long schoolId,
            String name,
            @NotNull(message = "{school.subject.grading.select}") Grading grading) {
        School school = access.checkSchool(schoolId, Intent.WRITE);
        em.lock(school, LockModeType.PESSIMISTIC_WRITE);
        String clean = SetupNames.name(name, "school.subjectName");
        List<Subject> all = allSubjects(schoolId);
        checkSubjectName(all, clean, null);
        Subject subject = new Subject(
                school,
                SetupNames.code(clean, all.stream().map(Subject::getCode).toList()),
                clean);
        subject.setGrading(grading);
        persistNew(school, "Subject", subject, SetupSnapshots.of(subject));
        return SubjectRow.of(subject);
    }

    @RolesAllowed(ADMIN)
    public SubjectRow updateSubject(
            @NotNull(message = "{school.school.required}") Long schoolId,
            @NotNull(message = "{school.subject.required}") SubjectRow changed) {
        School school = access.checkSchool(schoolId, Intent.WRITE);
        Subject subject = toChange(school, Subject.class, changed.id(), changed.version(), "school.subject.conflict");
        if (changed.grading() == null) {
            throw new BusinessException("school.subject.gradingMissing");
        }
        String clean = SetupNames.name(changed.name(), "school.subjectName");
        checkSubjectName(allSubjects(schoolId), clean, subject.getId());
        if (changed.grading() != subject.getGrading() && hasResults(subject)) {
            throw new BusinessException("school.subject.gradingLocked", subject.getName());
        }
        Map<String, String> before = SetupSnapshots.of(subject);
        subject.setName(clean);
        subject.setGrading(changed.grading());
        history.record(school, "Subject", subject.getId(), before, SetupSnapshots.of(subject), login(), REASON);
        em.flush();
        return SubjectRow.of(subject);
    }

    /** The school's work types, by weight and name (a handful, not paged). */
    @RolesAllowed(ADMIN)
    public List<WorkTypeRow> workTypes(@NotNull(message = "{school.school.required}") Long schoolId) {
        access.checkSchool(schoolId, Intent.WRITE);
        return allWorkTypes(schoolId).stream().map(WorkTypeRow::of).toList();
    }

    @RolesAllowed(ADMIN)
    public WorkTypeRow createWorkType(
            @NotNull(message = "{school.school.required}") Long schoolId,
            String name,
            int weight,
            boolean marksRequired) {
        School school = access.checkSchool(schoolId, Intent.WRITE);
        em.lock(school, LockModeType.PESSIMISTIC_WRITE);
        String clean = SetupNames.name(name, "school.workTypeName");
        checkWeight(weight);
        List<WorkType> all = allWorkTypes(schoolId);
        checkWorkTypeName(all, clean, null);
        WorkType type = new WorkType(
                school,
                SetupNames.code(clean, all.stream().map(WorkType::getCode).toList()),
                clean,
                weight,
                marksRequired);
        persistNew(school, "WorkType", type, SetupSnapshots.of(type));
        return WorkTypeRow.of(type);
    }

    @RolesAllowed(ADMIN)
    public WorkTypeRow updateWorkType(
            @NotNull(message = "{school.school.required}") Long schoolId,
            @NotNull(message = "{school.workType.required}") WorkTypeRow changed) {
        School school = access.checkSchool(schoolId, Intent.WRITE);
        WorkType type = toChange(school, WorkType.class, changed.id(), changed.version(), "school.workType.conflict");
        String clean = SetupNames.name(changed.name(), "school.workTypeName");
        checkWeight(changed.weight());
        checkWorkTypeName(allWorkTypes(schoolId), clean, type.getId());
        Map<String, String> before = SetupSnapshots.of(type);
        type.setName(clean);
        type.setWeight(changed.weight());
        type.setMarksRequired(changed.marksRequired());
        history.record(school, "WorkType", type.getId(), before, SetupSnapshots.of(type), login(), REASON);
        em.flush();
        return WorkTypeRow.of(type);
    }

    private static void checkWeight(int weight) {
        if (weight < MIN_WEIGHT || weight > MAX_WEIGHT) {
            throw new BusinessException("school.workType.weight", MIN_WEIGHT, MAX_WEIGHT);
        }
    }

    private static void checkSubjectName(List<Subject> all, String name, Long id) {
        all.stream()
                .filter(s -> !s.getId().equals(id) && s.getName().equalsIgnoreCase(name))
                .findFirst()
                .ifPresent(s -> {
                    throw new BusinessException("school.subject.exists", s.getName());
                });
    }

    private static void checkWorkTypeName(List<WorkType> all, String name, Long id) {
        all.stream()
                .filter(w -> !w.getId().equals(id) && w.getName().equalsIgnoreCase(name))
                .findFirst()
                .ifPresent(w -> {
                    throw new BusinessException("school.workType.exists", w.getName());
                });
    }

    private boolean hasResults(Subject subject) {
        long marks = em.createQuery("select count(m) from Mark m where m.lesson.subject = :subject", Long.class)
                .setParameter("subject", subject)
                .getSingleResult();
        long grades = em.createQuery("select count(g) from PeriodGrade g where g.subject = :subject", Long.class)
                .setParameter("subject", subject)
                .getSingleResult();
        return marks + grades > 0;
    }

    private List<Subject> allSubjects(Long schoolId) {
        return em.createNamedQuery("Subject.findBySchool", Subject.class)
                .setParameter("schoolId", schoolId)
                .getResultList();
    }

    private List<WorkType> allWorkTypes(Long schoolId) {
        return em.createNamedQuery("WorkType.findBySchool", WorkType.class)
                .setParameter("schoolId", schoolId)
                .getResultList();
    }

    /**
     * The school's record to change, with the school locked, if nobody changed the record since {@code version}
     * was read; otherwise the {@code conflict} refusal.
     */
    private <T extends SchoolOwned> T toChange(School school, Class<T> type, Long id, long version, String conflict) {
        T entity = id == null ? null : em.find(type, id);
        if (entity == null || !entity.getSchool().getId().equals(school.getId())) {
            throw new AccessDeniedException("common.noAccess");
        }
        em.lock(school, LockModeType.PESSIMISTIC_WRITE);
        if (entity.getVersion() != version) {
            throw new ConflictException(conflict);
        }
        return entity;
    }

    /** Stores a new record of the school and writes it, as {@code fields}, into the school's setup history. */
    private void persistNew(School school, String type, SchoolOwned record, Map<String, String> fields) {
        em.persist(record);
        em.flush();
        history.record(school, type, record.getId(), Map.of(), fields, login(), REASON);
    }

    private static String filterClause(String filter) {
        return filter == null || filter.isBlank() ? "" : " and lower(s.name) like :filter";
    }

    private static <T> TypedQuery<T> filtered(TypedQuery<T> q, Long schoolId, String filter) {
        q.setParameter("schoolId", schoolId);
        if (filter != null && !filter.isBlank()) {
            q.setParameter("filter", "%" + filter.strip().toLowerCase(Locale.ROOT) + "%");
        }
        return q;
    }

    private String login() {
        return access.caller().getLogin();
    }
}
