package ru.ejournal.school.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.ConflictException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.school.control.SetupHistory;
import ru.ejournal.school.control.SetupSnapshots;
import ru.ejournal.school.entity.AcademicYear;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.staff.entity.StaffMember;

/**
 * The administrator's classes of a year: grade, letter and class teacher; the code «7Б» is made from
 * grade and letter and is unique in the year. The class teacher may be any staff member of the
 * school: the role «классный руководитель» of their account is given on the staff screens, and a
 * school being set up often picks its class teachers before it issues accounts.
 */
@Stateless
@RolesAllowed(ADMIN)
public class SchoolClassService {

    static final String REASON = Texts.text("school.classes.reason");
    private static final Pattern LETTER = Pattern.compile("[А-ЯЁ]{1,2}");
    private static final String ROWS = """
            select new ru.ejournal.school.boundary.ClassRow(c.id, c.academicYear.id, c.code, c.grade, c.letter,
                   t.id, concat(t.lastName, ' ', t.firstName, ' ', coalesce(t.patronymic, '')), c.version)
            from SchoolClass c left join c.classTeacher t
            where c.school.id = :schoolId and c.academicYear.id = :yearId""";
    private static final String FILTER = " and (lower(c.code) like :filter or lower(t.lastName) like :filter)";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    SetupHistory history;

    @RolesAllowed(ADMIN)
    public long countClasses(@NotNull(message = "{school.school.required}") Long schoolId, Long yearId, String filter) {
        access.checkSchool(schoolId, Intent.WRITE);
        TypedQuery<Long> q = em.createQuery(
                "select count(c) from SchoolClass c left join c.classTeacher t"
                        + " where c.school.id = :schoolId and c.academicYear.id = :yearId"
                        + (blank(filter) ? "" : FILTER),
                Long.class);
        return params(q, schoolId, yearId, filter).getSingleResult();
    }

    /** A page of the year's classes by grade and letter, filtered by code or class teacher's last name. */
    @RolesAllowed(ADMIN)
    public List<ClassRow> classes(
            @NotNull(message = "{school.school.required}") Long schoolId,
            Long yearId,
            String filter,
            int first,
            int max) {
        access.checkSchool(schoolId, Intent.WRITE);
        TypedQuery<ClassRow> q =
                em.createQuery(ROWS + (blank(filter) ? "" : FILTER) + " order by c.grade, c.letter", ClassRow.class);
        return params(q, schoolId, yearId, filter)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList()
                .stream()
                .map(r -> new ClassRow(
                        r.id(),
                        r.yearId(),
                        r.code(),
                        r.grade(),
                        r.letter(),
                        r.teacherId(),
                        r.teacherName() == null ? null : r.teacherName().strip(),
                        r.version()))
                .toList();
    }

    /** The staff of the school, to choose a class teacher from. */
    @RolesAllowed(ADMIN)
    public List<StaffOption> staff(@NotNull(message = "{school.school.required}") Long schoolId) {
        access.checkSchool(schoolId, Intent.WRITE);
        return em.createNamedQuery("StaffMember.findBySchool", StaffMember.class)
                .setParameter("schoolId", schoolId)
                .getResultStream()
                .map(s -> new StaffOption(s.getId(), s.fullName(), s.getPosition()))
                .toList();
    }

    @RolesAllowed(ADMIN)
    public ClassRow createClass(
            @NotNull(message = "{school.school.required}") Long schoolId,
            @NotNull(message = "{school.year.select}") Long yearId,
            @NotNull(message = "{school.class.required}") @Valid ClassData data) {
        School school = access.checkSchool(schoolId, Intent.WRITE);
        AcademicYear year = em.find(AcademicYear.class, yearId);
        if (year == null || !year.getSchool().getId().equals(schoolId)) {
            throw new AccessDeniedException("common.noAccess");
        }
        em.lock(school, LockModeType.PESSIMISTIC_WRITE);
        String letter = letter(data.letter());
        StaffMember teacher = teacher(schoolId, data.teacherId());
        SchoolClass c = new SchoolClass(year, data.grade(), letter);
        checkUnique(year, c.getName(), null);
        c.setClassTeacher(teacher);
        em.persist(c);
        em.flush();
        history.record(school, "SchoolClass", c.getId(), Map.of(), SetupSnapshots.of(c), login(), REASON);
        return row(c);
    }

    @RolesAllowed(ADMIN)
    public ClassRow updateClass(
            @NotNull(message = "{school.school.required}") Long schoolId,
            @NotNull(message = "{school.class.required}") Long classId,
            long version,
            @NotNull(message = "{school.class.required}") @Valid ClassData data) {
        School school = access.checkSchool(schoolId, Intent.WRITE);
        SchoolClass c = em.find(SchoolClass.class, classId);
        if (c == null || !c.getSchool().getId().equals(schoolId)) {
            throw new AccessDeniedException("common.noAccess");
        }
        em.lock(school, LockModeType.PESSIMISTIC_WRITE);
        if (c.getVersion() != version) {
            throw new ConflictException("school.class.conflict");
        }
        String letter = letter(data.letter());
        StaffMember teacher = teacher(schoolId, data.teacherId());
        String code = data.grade() + (letter == null ? "" : letter);
        checkUnique(c.getAcademicYear(), code, c.getId());
        Map<String, String> before = SetupSnapshots.of(c);
        c.setGrade(data.grade());
        c.setLetter(letter);
        c.setCode(code);
        c.setClassTeacher(teacher);
        history.record(school, "SchoolClass", c.getId(), before, SetupSnapshots.of(c), login(), REASON);
        em.flush();
        return row(c);
    }

    private void checkUnique(AcademicYear year, String code, Long classId) {
        boolean taken = em.createNamedQuery("SchoolClass.findByYearAndCode", SchoolClass.class)
                .setParameter("academicYearId", year.getId())
                .setParameter("code", code)
                .getResultStream()
                .anyMatch(other -> !other.getId().equals(classId));
        if (taken) {
            throw new BusinessException("school.class.exists", code, year.getName());
        }
    }

    private static String letter(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String letter = raw.strip().toUpperCase(Locale.ROOT);
        if (!LETTER.matcher(letter).matches()) {
            throw new BusinessException("school.class.letter");
        }
        return letter;
    }

    private StaffMember teacher(Long schoolId, Long teacherId) {
        if (teacherId == null) {
            return null;
        }
        StaffMember teacher = em.find(StaffMember.class, teacherId);
        if (teacher == null || !teacher.getSchool().getId().equals(schoolId)) {
            throw new BusinessException("school.class.teacherNotStaff");
        }
        return teacher;
    }

    private static ClassRow row(SchoolClass c) {
        StaffMember t = c.getClassTeacher();
        return new ClassRow(
                c.getId(),
                c.getAcademicYear().getId(),
                c.getCode(),
                c.getGrade(),
                c.getLetter(),
                t == null ? null : t.getId(),
                t == null ? null : t.fullName(),
                c.getVersion());
    }

    private static <T> TypedQuery<T> params(TypedQuery<T> q, Long schoolId, Long yearId, String filter) {
        q.setParameter("schoolId", schoolId).setParameter("yearId", yearId);
        if (!blank(filter)) {
            q.setParameter("filter", "%" + filter.strip().toLowerCase(Locale.ROOT) + "%");
        }
        return q;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private String login() {
        return access.caller().getLogin();
    }
}
