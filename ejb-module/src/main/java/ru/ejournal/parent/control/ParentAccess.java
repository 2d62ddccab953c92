package ru.ejournal.parent.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;
import ru.ejournal.parent.entity.Parent;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;

/**
 * May the caller see or change this parent? Administrator and deputy (to read) of the school; the
 * class teacher of any of the parent's children; the parent themself, to read.
 *
 * <p>What reaches the parent's account or the other children, linking the parent to another pupil
 * and resetting the parent's password, needs more ({@link #checkWholeFamily}): the school
 * administrator, or the class teacher of every child of that parent. Otherwise a class teacher who
 * links any parent of the school to a pupil of their class, then resets that parent's password,
 * reads the e-diaries of children in other classes (ASVS 4.2.1).
 */
@Dependent
public class ParentAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    public Parent check(Long parentId, Intent intent) {
        UserAccount caller = access.caller();
        Parent parent = parentId == null ? null : em.find(Parent.class, parentId);
        if (parent == null || !Objects.equals(parent.getSchool(), caller.getSchool())) {
            throw new AccessDeniedException("common.noAccess");
        }
        boolean allowed = access.callerHas(Role.ADMIN)
                || (intent == Intent.READ && access.callerHas(Role.DEPUTY_DIRECTOR))
                || (access.callerHas(Role.CLASS_TEACHER) && teachesChildOf(caller, parent))
                || (intent == Intent.READ && access.callerHas(Role.PARENT) && parent.equals(caller.getParent()));
        if (!allowed) {
            throw new AccessDeniedException("common.noAccess");
        }
        return parent;
    }

    /**
     * The parent whose account or family the caller is about to reach (a link to another pupil, a
     * password reset): refused with {@code refusal} unless the caller is the school administrator or
     * the class teacher of every child of that parent.
     */
    public Parent checkWholeFamily(Parent parent, String refusal) {
        if (!access.callerHas(Role.ADMIN) && !keepsEveryChildOf(access.caller(), parent)) {
            throw new AccessDeniedException(refusal);
        }
        return parent;
    }

    /** Whether the caller may reach this parent's account or family: see {@link #checkWholeFamily}. */
    public boolean mayReachWholeFamily(Parent parent) {
        return access.callerHas(Role.ADMIN) || keepsEveryChildOf(access.caller(), parent);
    }

    /** Whether the caller is a class teacher and every child of the parent is in a class the caller keeps. */
    public boolean keepsEveryChildOf(UserAccount caller, Parent parent) {
        return access.callerHas(Role.CLASS_TEACHER)
                && caller.getStaffMember() != null
                && em.createQuery("""
                        select count(sp) from StudentParent sp join sp.student s left join s.schoolClass c
                        left join c.classTeacher t where sp.parent = :parent and (t is null or t <> :teacher)""", Long.class)
                                .setParameter("parent", parent)
                                .setParameter("teacher", caller.getStaffMember())
                                .getSingleResult()
                        == 0;
    }

    private boolean teachesChildOf(UserAccount caller, Parent parent) {
        return caller.getStaffMember() != null
                && em.createQuery("""
                        select count(sp) from StudentParent sp
                        where sp.parent = :parent and sp.student.schoolClass.classTeacher = :teacher""", Long.class)
                                .setParameter("parent", parent)
                                .setParameter("teacher", caller.getStaffMember())
                                .getSingleResult()
                        > 0;
    }

    /**
     * Whether a parent of other classes may be shown to a class teacher who searches: last name, first
     * name, patronymic (none when the parent has none) and phone all as typed.
     */
    public static boolean exactMatch(Parent p, String lastName, String firstName, String patronymic, String phone) {
        String typedPhone = digits(phone);
        return same(p.getLastName(), lastName)
                && same(p.getFirstName(), firstName)
                && same(p.getPatronymic(), patronymic)
                && !typedPhone.isEmpty()
                && (typedPhone.equals(digits(p.getPhone())) || typedPhone.equals(digits(p.getExtraPhone())));
    }

    private static boolean same(String stored, String typed) {
        String a = stored == null ? "" : stored.trim().toLowerCase();
        String b = typed == null ? "" : typed.trim().toLowerCase();
        return a.equals(b);
    }

    private static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("\\D", "");
    }
}
