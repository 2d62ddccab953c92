package ru.ejournal.parent.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;
import static ru.ejournal.security.control.RoleNames.PARENT;
import static ru.ejournal.security.control.RoleNames.SUBJECT_TEACHER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import ru.ejournal.parent.entity.StudentParent;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.student.entity.Student;

/** Parents and their children: who may read whose e-diary. */
@Stateless
public class ParentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    /** The children of the signed-in parent, for the e-diary's child selector. */
    @RolesAllowed(PARENT)
    public List<Student> myChildren() {
        UserAccount caller = access.caller();
        if (caller.getParent() == null) {
            throw new AccessDeniedException("Учётная запись не связана с родителем");
        }
        return em.createNamedQuery("StudentParent.findByParent", StudentParent.class)
                .setParameter("parentId", caller.getParent().getId())
                .getResultStream()
                .map(StudentParent::getStudent)
                .toList();
    }

    /** The parents of a student with their relation, for the student card. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER, SUBJECT_TEACHER})
    public List<StudentParent> parentsOf(@NotNull Long studentId) {
        Student student = access.checkStudent(studentId, Intent.READ);
        return em.createQuery("select sp from StudentParent sp join fetch sp.parent where sp.student = :student",
                        StudentParent.class)
                .setParameter("student", student)
                .getResultList();
    }
}
