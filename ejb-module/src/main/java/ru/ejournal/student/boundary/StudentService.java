package ru.ejournal.student.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;
import static ru.ejournal.security.control.RoleNames.PARENT;
import static ru.ejournal.security.control.RoleNames.STUDENT;
import static ru.ejournal.security.control.RoleNames.SUBJECT_TEACHER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.ConflictException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.PersonalDataAudit;
import ru.ejournal.security.entity.PersonalDataKind;
import ru.ejournal.student.control.BirthDates;
import ru.ejournal.student.entity.Student;
import ru.ejournal.student.entity.StudentStatus;

/** Students: the roster of a class and the personal data the class teacher keeps (D3, D5). */
@Stateless
public class StudentService {

    /** Records not verified for longer than this are flagged (D5). */
    public static final Duration VERIFICATION_INTERVAL = Duration.ofDays(30);

    private static final Set<String> SORTABLE = Set.of("lastName", "birthDate", "verifiedAt");

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    ChangeHistory history;

    @Inject
    PersonalDataAudit audit;

    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER, SUBJECT_TEACHER, PARENT, STUDENT})
    public Student find(@NotNull Long studentId) {
        Student student = access.checkStudent(studentId, Intent.READ);
        audit.viewed(PersonalDataKind.STUDENT_CARD, studentId);
        return student;
    }

    /** The students of a class who study there now, by last name. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER, SUBJECT_TEACHER})
    public List<Student> roster(@NotNull Long classId) {
        access.checkClass(classId, Intent.READ);
        return em.createNamedQuery("Student.findByClass", Student.class)
                .setParameter("schoolClassId", classId)
                .getResultList();
    }

    /**
     * Saves the personal data; {@code expectedVersion} is the version the editor loaded, so that a
     * second editor gets a conflict instead of silently overwriting the first.
     */
    @RolesAllowed({ADMIN, CLASS_TEACHER})
    public Student updatePersonalData(
            @NotNull Long studentId,
            long expectedVersion,
            @NotNull(message = "{student.data.required}") @Valid PersonalData data) {
        Student student = access.checkStudent(studentId, Intent.WRITE);
        if (student.getVersion() != expectedVersion) {
            throw new ConflictException("student.conflict");
        }
        if (!student.isStudying()) {
            throw new BusinessException("student.departed.readOnly");
        }
        BusinessException implausible = BirthDates.refusal(
                data.birthDate(),
                student.getSchoolClass().getGrade(),
                student.getSchoolClass().getAcademicYear().getStartDate());
        if (implausible != null) {
            throw implausible;
        }
        Map<String, String> before = student.auditSnapshot();
        student.setLastName(data.lastName().trim());
        student.setFirstName(data.firstName().trim());
        student.setPatronymic(blankToNull(data.patronymic()));
        student.setBirthDate(data.birthDate());
        student.setGender(data.gender());
        student.setHomeAddress(blankToNull(data.homeAddress()));
        student.setPhone(blankToNull(data.phone()));
        history.record(student, before, access.caller().getLogin(), null);
        return student;
    }

    /** "Verified on/by" stamp of the monthly check (D5). */
    @RolesAllowed({ADMIN, CLASS_TEACHER})
    public Student markVerified(@NotNull Long studentId) {
        Student student = access.checkStudent(studentId, Intent.WRITE);
        if (student.isDeparted()) {
            throw new BusinessException("student.departed.readOnly");
        }
        Map<String, String> before = student.auditSnapshot();
        student.setVerifiedAt(Instant.now());
        student.setVerifiedBy(access.caller().getLogin());
        history.record(student, before, access.caller().getLogin(), Texts.text("student.history.verified"));
        return student;
    }

    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER})
    public List<ChangeRecord> history(@NotNull Long studentId) {
        Student student = access.checkStudent(studentId, Intent.WRITE);
        return history.of(student.auditType(), student.getId());
    }

    /** A page of the class roster, filtered and sorted, for a lazy table. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER})
    public List<StudentRow> page(
            @NotNull Long classId,
            String name,
            @NotNull RosterFilter filter,
            int first,
            int max,
            String sortField,
            boolean ascending) {
        access.checkClass(classId, Intent.WRITE);
        String order = SORTABLE.contains(sortField) ? sortField : "lastName";
        Instant staleBefore = Instant.now().minus(VERIFICATION_INTERVAL);
        return rosterQuery(
                        Student.class,
                        "select s",
                        classId,
                        name,
                        filter,
                        staleBefore,
                        " order by s." + order + (ascending ? " asc" : " desc") + ", s.lastName, s.firstName, s.id")
                .setFirstResult(Math.max(first, 0))
                .setMaxResults(Math.max(max, 1))
                .getResultStream()
                .map(s -> StudentRow.of(s, staleBefore))
                .toList();
    }

    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER})
    public long count(@NotNull Long classId, String name, @NotNull RosterFilter filter) {
        access.checkClass(classId, Intent.WRITE);
        return rosterQuery(
                        Long.class,
                        "select count(s)",
                        classId,
                        name,
                        filter,
                        Instant.now().minus(VERIFICATION_INTERVAL),
                        "")
                .getSingleResult();
    }

    private <T> jakarta.persistence.TypedQuery<T> rosterQuery(
            Class<T> type,
            String select,
            Long classId,
            String name,
            RosterFilter filter,
            Instant staleBefore,
            String orderBy) {
        StringBuilder jpql = new StringBuilder(select).append(" from Student s where s.schoolClass.id = :classId");
        jpql.append(filter == RosterFilter.DEPARTED ? " and s.status = :departed" : " and s.status = :studying");
        boolean byName = name != null && !name.isBlank();
        if (byName) {
            jpql.append(" and lower(concat(s.lastName, ' ', s.firstName)) like :name");
        }
        switch (filter) {
            case UNVERIFIED -> jpql.append(" and (s.verifiedAt is null or s.verifiedAt < :since)");
            case NO_ACCOUNT -> jpql.append(" and not exists (select a from UserAccount a where a.student = s)");
            case NEVER_SIGNED_IN ->
                jpql.append(" and exists (select a from UserAccount a where a.student = s and a.lastLoginAt is null)");
            default -> {}
        }
        var query = em.createQuery(jpql.append(orderBy).toString(), type).setParameter("classId", classId);
        if (filter == RosterFilter.DEPARTED) {
            query.setParameter("departed", StudentStatus.DEPARTED);
        } else {
            query.setParameter("studying", StudentStatus.STUDYING);
        }
        if (byName) {
            query.setParameter("name", "%" + name.trim().toLowerCase() + "%");
        }
        if (filter == RosterFilter.UNVERIFIED) {
            query.setParameter("since", staleBefore);
        }
        return query;
    }

    /** The earliest and latest plausible date of birth for the student's grade, for the date picker. */
    @RolesAllowed({ADMIN, CLASS_TEACHER})
    public LocalDate[] plausibleBirthDates(@NotNull Long studentId) {
        Student student = access.checkStudent(studentId, Intent.WRITE);
        LocalDate start = student.getSchoolClass().getAcademicYear().getStartDate();
        int grade = student.getSchoolClass().getGrade();
        return new LocalDate[] {
            start.minusYears(BirthDates.maxAge(grade) + 1L).plusDays(1), start.minusYears(BirthDates.minAge(grade))
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
