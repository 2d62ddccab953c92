package ru.ejournal.security.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;
import static ru.ejournal.security.control.RoleNames.PARENT;
import static ru.ejournal.security.control.RoleNames.REGION_ADMIN;
import static ru.ejournal.security.control.RoleNames.STUDENT;
import static ru.ejournal.security.control.RoleNames.SUBJECT_TEACHER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.ejournal.school.entity.School;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;

/**
 * The region's side of access: who is the region administrator, which schools they change, and for
 * which school a batch job may run and be managed (the region administrator any school or the whole
 * region, a school administrator only their own). The caller comes from {@link AccessControl}.
 */
@Stateless
@RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER, SUBJECT_TEACHER, PARENT, STUDENT, REGION_ADMIN})
public class RegionScope {

    @Inject
    AccessControl access;

    @PersistenceContext
    EntityManager em;

    private UserAccount caller() {
        return access.caller();
    }

    private boolean callerHas(Role role) {
        return access.callerHas(role);
    }

    /** Whether the caller is the region administrator (a region-level account with the role). */
    public boolean isRegionAdmin() {
        return callerHas(Role.REGION_ADMIN) && caller().isRegionLevel();
    }

    /** The region administrator, or a refusal: who may create schools and their administrators. */
    public UserAccount checkRegionAdmin() {
        UserAccount caller = caller();
        if (!(callerHas(Role.REGION_ADMIN) && caller.isRegionLevel())) {
            throw new AccessDeniedException(AccessControl.DENIED);
        }
        return caller;
    }

    /** A school the region administrator may change (any school of the region). */
    public School checkSchoolOfRegion(Long schoolId) {
        checkRegionAdmin();
        School school = schoolId == null ? null : em.find(School.class, schoolId);
        if (school == null) {
            throw new AccessDeniedException(AccessControl.DENIED);
        }
        return school;
    }

    /**
     * The school a batch job may run for: the region administrator runs a job for any school or, with
     * none, for the whole region (null); a school administrator only for their own school, whatever
     * they ask for. A code of another school is refused with the reason.
     */
    public School checkJobSchool(String schoolCode) {
        UserAccount caller = caller();
        String code = schoolCode == null || schoolCode.isBlank() ? null : schoolCode.trim();
        if (callerHas(Role.REGION_ADMIN) && caller.isRegionLevel()) {
            if (code == null) {
                return null;
            }
            return em.createNamedQuery("School.findByCode", School.class)
                    .setParameter("code", code)
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new AccessDeniedException("security.scope.noSchool", code));
        }
        School own = caller.getSchool();
        if (!callerHas(Role.ADMIN) || own == null) {
            throw new AccessDeniedException(AccessControl.DENIED);
        }
        if (code != null && !code.equals(own.getCode())) {
            throw new AccessDeniedException("security.scope.ownSchoolOnly", own.getCode(), code);
        }
        return own;
    }

    /**
     * Whether the caller may see and manage a job instance run for this school (null: region-wide):
     * the region administrator any, a school administrator only their own school's.
     */
    public boolean mayManageJobOf(Long schoolId) {
        UserAccount caller = caller();
        if (callerHas(Role.REGION_ADMIN) && caller.isRegionLevel()) {
            return true;
        }
        return callerHas(Role.ADMIN)
                && schoolId != null
                && caller.getSchool() != null
                && schoolId.equals(caller.getSchool().getId());
    }
}
