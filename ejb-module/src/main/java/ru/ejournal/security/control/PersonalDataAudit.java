package ru.ejournal.security.control;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;
import static ru.ejournal.security.control.RoleNames.PARENT;
import static ru.ejournal.security.control.RoleNames.REGION_ADMIN;
import static ru.ejournal.security.control.RoleNames.STUDENT;
import static ru.ejournal.security.control.RoleNames.SUBJECT_TEACHER;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import ru.ejournal.security.entity.PersonalDataKind;

/**
 * The hook of the personal-data audit (152-ФЗ): a service that has just shown a staff member a pupil's
 * or a parent's card, a letter, a grade book's PDF or export calls {@link #viewed} with one line, after
 * its access check. Only staff views are recorded (a parent reading their own child's letter is not an
 * access to somebody else's data); nothing is read from the database here: the event goes to the
 * {@link AccessLog} queue with the login, the time and the client address.
 */
@Stateless
@RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER, SUBJECT_TEACHER, PARENT, STUDENT, REGION_ADMIN})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PersonalDataAudit {

    @Resource
    SessionContext context;

    @Inject
    AccessLog log;

    /** Records that the caller saw {@code kind} of {@code id} (a student, parent, class or assignment, by kind). */
    public void viewed(PersonalDataKind kind, Long id) {
        if (id == null || !isStaff()) {
            return;
        }
        log.add(AccessEvent.personalData(
                kind, id, context.getCallerPrincipal().getName(), Instant.now(), ClientAddress.current()));
    }

    private boolean isStaff() {
        return context.isCallerInRole(ADMIN)
                || context.isCallerInRole(DEPUTY_DIRECTOR)
                || context.isCallerInRole(CLASS_TEACHER)
                || context.isCallerInRole(SUBJECT_TEACHER);
    }
}
