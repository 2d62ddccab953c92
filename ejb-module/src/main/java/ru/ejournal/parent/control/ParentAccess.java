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
            throw new AccessDeniedException("Нет доступа к этим данным");
        }
        boolean allowed = access.callerHas(Role.ADMIN)
                || (intent == Intent.READ && access.callerHas(Role.DEPUTY_DIRECTOR))
                || (access.callerHas(Role.CLASS_TEACHER) && teachesChildOf(caller, parent))
                || (intent == Intent.READ && access.callerHas(Role.PARENT) && parent.equals(caller.getParent()));
        if (!allowed) {
            throw new AccessDeniedException("Нет доступа к этим данным");
        }
        return parent;
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
}
