package ru.ejournal.classteacher.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.security.boundary.AccessControl;

/** Which class the signed-in class teacher keeps; the classes an administrator may choose from. */
@Stateless
public class ClassTeacherService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    /** The class of the signed-in class teacher in the current year, if any. */
    @RolesAllowed(CLASS_TEACHER)
    public Optional<ClassRef> myClass() {
        Long staffMemberId = access.callerIds().staffMemberId();
        if (staffMemberId == null) {
            return Optional.empty();
        }
        return currentClasses("c.classTeacher.id = :teacher", "teacher", staffMemberId)
                .findFirst();
    }

    /** The classes of the caller's school in the current year (for the administrator's choosers). */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR})
    public List<ClassRef> classesOfSchool() {
        return currentClasses("c.school = :school", "school", access.callerSchool())
                .toList();
    }

    /**
     * The classes of the current year that match the condition on {@code c}, by grade and letter. (The year is
     * filtered in Java: EclipseLink binds booleans as 1 on H2, which H2 2.2 refuses to compare with BOOLEAN.)
     */
    private Stream<ClassRef> currentClasses(String condition, String parameter, Object value) {
        return em.createQuery(
                        "select c from SchoolClass c where " + condition + " order by c.grade, c.letter",
                        SchoolClass.class)
                .setParameter(parameter, value)
                .getResultStream()
                .filter(c -> c.getAcademicYear().isCurrent())
                .map(ClassRef::of);
    }
}
