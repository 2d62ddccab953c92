package ru.ejournal.region.boundary;

import static ru.ejournal.security.control.RoleNames.REGION_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.credentials.boundary.IssuedCredential;
import ru.ejournal.credentials.control.CredentialSlips;
import ru.ejournal.credentials.control.LoginNames;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.school.entity.PeriodType;
import ru.ejournal.school.entity.School;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.RegionScope;
import ru.ejournal.security.control.PasswordHasher;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.staff.entity.StaffMember;

/**
 * The region administrator's schools: the paged list, a new school and changes of its card (code,
 * name, address, kind of periods), and a school's administrator (a staff member with an account of
 * role ADMIN and a one-time password, shown once and printed on a slip). Every change is written to
 * the change history. Only the region administrator (an account of no school) may call it.
 */
@Stateless
@RolesAllowed(REGION_ADMIN)
public class SchoolRegistry {

    static final String SCHOOL_TYPE = "School";
    private static final String CODE_PATTERN = "[A-Za-z0-9А-Яа-яЁё_.-]{1,50}";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    RegionScope regionScope;

    @Inject
    ChangeHistory history;

    @Inject
    PasswordHasher hasher;

    @Inject
    CredentialSlips slips;

    public long count() {
        regionScope.checkRegionAdmin();
        return em.createQuery("select count(s) from School s", Long.class).getSingleResult();
    }

    /** A page of the region's schools, by code. */
    public List<SchoolRow> schools(int first, int max) {
        regionScope.checkRegionAdmin();
        List<School> page = em.createQuery("select s from School s order by s.code", School.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> admins = new LinkedHashMap<>();
        em.createQuery("""
                        select a.school.id, count(distinct a) from UserAccount a join a.roles r
                        where r = :role and a.school in :schools group by a.school.id""", Object[].class)
                .setParameter("role", Role.ADMIN)
                .setParameter("schools", page)
                .getResultList()
                .forEach(r -> admins.put((Long) r[0], (Long) r[1]));
        return page.stream()
                .map(s -> row(s, admins.getOrDefault(s.getId(), 0L)))
                .toList();
    }

    public SchoolRow school(Long schoolId) {
        School school = regionScope.checkSchoolOfRegion(schoolId);
        return row(school, administrators(schoolId).size());
    }

    /** A new school; its code must be unique in the region. */
    public SchoolRow create(SchoolForm form) {
        String by = regionScope.checkRegionAdmin().getLogin();
        SchoolForm clean = validated(form, null);
        School school = new School(clean.code(), clean.name());
        school.setAddress(clean.address());
        school.setPeriodType(clean.periodType());
        em.persist(school);
        em.flush();
        recordSchool(school, Map.of(), by, Texts.text("region.history.schoolCreated"));
        return row(school, 0);
    }

    /** Changes the card of a school; the history keeps the old values. */
    public SchoolRow update(Long schoolId, SchoolForm form) {
        School school = regionScope.checkSchoolOfRegion(schoolId);
        String by = access.caller().getLogin();
        SchoolForm clean = validated(form, schoolId);
        Map<String, String> before = snapshot(school);
        school.setCode(clean.code());
        school.setName(clean.name());
        school.setAddress(clean.address());
        school.setPeriodType(clean.periodType());
        recordSchool(school, before, by, null);
        return row(school, administrators(schoolId).size());
    }

    /**
     * Appoints an administrator of the school: a new staff member with an account of role ADMIN and a
     * one-time password, returned once (for the screen and the slip), stored only hashed; the
     * administrator must change it at the first sign-in.
     */
    public IssuedCredential createAdministrator(Long schoolId, AdministratorForm form) {
        School school = regionScope.checkSchoolOfRegion(schoolId);
        String by = access.caller().getLogin();
        List<String[]> errors = new ArrayList<>();
        String lastName = trimmed(form == null ? null : form.lastName());
        String firstName = trimmed(form == null ? null : form.firstName());
        if (lastName == null) {
            errors.add(new String[] {"region.admin.lastName.required"});
        }
        if (firstName == null) {
            errors.add(new String[] {"region.admin.firstName.required"});
        }
        String email = trimmed(form == null ? null : form.email());
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new String[] {"region.admin.email.invalid", email});
        }
        BusinessException.refuseAll(errors);
        StaffMember member = new StaffMember(school, lastName, firstName, trimmed(form.patronymic()));
        String position = trimmed(form.position());
        member.setPosition(position == null ? Texts.text("region.admin.position") : position);
        member.setEmail(email);
        member.setPhone(trimmed(form.phone()));
        em.persist(member);
        em.flush();
        history.record(member, Map.of(), by, Texts.text("region.history.adminAppointed"));
        String password = hasher.newInitialPassword();
        UserAccount account = new UserAccount(
                school,
                freeLogin(LoginNames.base(lastName, firstName)),
                hasher.hash(password),
                EnumSet.of(Role.ADMIN),
                Instant.now());
        account.setStaffMember(member);
        account.setMustChangePassword(true);
        em.persist(account);
        history.record(account, Map.of(), by, Texts.text("region.history.adminAccountCreated"));
        return new IssuedCredential(
                member.fullName(), Role.ADMIN.title(), account.getLogin(), password, school.getName());
    }

    /** The administrators' accounts of a school. */
    public List<AdministratorRow> administrators(Long schoolId) {
        regionScope.checkSchoolOfRegion(schoolId);
        return em.createQuery("""
                        select distinct a from UserAccount a join a.roles r
                        where a.school.id = :schoolId and r = :role order by a.login""", UserAccount.class)
                .setParameter("schoolId", schoolId)
                .setParameter("role", Role.ADMIN)
                .getResultStream()
                .map(a -> new AdministratorRow(
                        a.getId(),
                        a.getStaffMember() == null
                                ? a.getLogin()
                                : a.getStaffMember().fullName(),
                        a.getLogin(),
                        a.isEnabled(),
                        a.isMustChangePassword()))
                .toList();
    }

    /** The slips of just-issued administrators' passwords as a PDF, to hand over in person. */
    public byte[] slipsPdf(Long schoolId, List<IssuedCredential> credentials, String siteUrl) {
        School school = regionScope.checkSchoolOfRegion(schoolId);
        if (credentials == null || credentials.isEmpty()) {
            throw new BusinessException("region.slips.none");
        }
        String address = siteUrl == null || siteUrl.isBlank() ? Texts.text("region.slips.noAddress") : siteUrl;
        return slips.render(school.getName(), address, credentials);
    }

    /** The history of a school: its card and its administrators' accounts, newest first. */
    public List<SchoolChange> history(Long schoolId) {
        regionScope.checkSchoolOfRegion(schoolId);
        List<ChangeRecord> records = new ArrayList<>(history.of(SCHOOL_TYPE, schoolId));
        for (AdministratorRow admin : administrators(schoolId)) {
            records.addAll(history.of("UserAccount", admin.accountId()));
        }
        return records.stream()
                .sorted(Comparator.comparing(ChangeRecord::getChangedAt)
                        .thenComparing(ChangeRecord::getId)
                        .reversed())
                .map(c -> new SchoolChange(
                        c.getChangedAt(),
                        c.getChangedBy(),
                        c.getEntityType(),
                        c.getField(),
                        c.getOldValue(),
                        c.getNewValue(),
                        c.getReason()))
                .toList();
    }

    private SchoolForm validated(SchoolForm form, Long schoolId) {
        List<String[]> errors = new ArrayList<>();
        String code = trimmed(form == null ? null : form.code());
        String name = trimmed(form == null ? null : form.name());
        String address = trimmed(form == null ? null : form.address());
        PeriodType periodType = form == null ? null : form.periodType();
        if (code == null) {
            errors.add(new String[] {"region.school.code.required"});
        } else if (!code.matches(CODE_PATTERN)) {
            errors.add(new String[] {"region.school.code.invalid"});
        } else {
            boolean taken = em.createNamedQuery("School.findByCode", School.class)
                    .setParameter("code", code)
                    .getResultStream()
                    .anyMatch(s -> !Objects.equals(s.getId(), schoolId));
            if (taken) {
                errors.add(new String[] {"region.school.code.taken", code});
            }
        }
        if (name == null) {
            errors.add(new String[] {"region.school.name.required"});
        } else if (name.length() > 300) {
            errors.add(new String[] {"region.school.name.tooLong"});
        }
        if (address != null && address.length() > 500) {
            errors.add(new String[] {"region.school.address.tooLong"});
        }
        if (periodType == null) {
            errors.add(new String[] {"region.school.periodType.required"});
        }
        BusinessException.refuseAll(errors);
        return new SchoolForm(code, name, address, periodType);
    }

    private void recordSchool(School school, Map<String, String> before, String by, String reason) {
        Map<String, String> after = snapshot(school);
        Instant now = Instant.now();
        Set<String> fields = new java.util.TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                ChangeRecord change = new ChangeRecord(
                        school, SCHOOL_TYPE, school.getId(), field, before.get(field), after.get(field), by, now);
                change.setReason(reason);
                em.persist(change);
            }
        }
    }

    private static Map<String, String> snapshot(School school) {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("code", school.getCode());
        snapshot.put("name", school.getName());
        snapshot.put("address", school.getAddress());
        snapshot.put(
                "periodType",
                school.getPeriodType() == null ? null : school.getPeriodType().name());
        return snapshot;
    }

    private String freeLogin(String base) {
        Set<String> existing = new HashSet<>(em.createQuery(
                        "select a.login from UserAccount a where a.login = :base or a.login like :prefix", String.class)
                .setParameter("base", base)
                .setParameter("prefix", base + "%")
                .getResultList());
        if (!existing.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            if (!existing.contains(base + n)) {
                return base + n;
            }
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static SchoolRow row(School s, long administrators) {
        return new SchoolRow(s.getId(), s.getCode(), s.getName(), s.getAddress(), s.getPeriodType(), administrators);
    }
}
