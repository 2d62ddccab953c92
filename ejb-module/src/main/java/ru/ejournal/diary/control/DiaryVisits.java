package ru.ejournal.diary.control;

import static ru.ejournal.security.control.RoleNames.PARENT;
import static ru.ejournal.security.control.RoleNames.STUDENT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.security.entity.VisitEvent;
import ru.ejournal.security.entity.VisitKind;
import ru.ejournal.student.entity.Student;

/**
 * Writes a {@link VisitKind#DIARY_VIEW} to the visit log (who, when, which child) in a transaction
 * of its own on another thread, so that the diary page does not wait for it and a failure to log
 * never fails the page.
 */
@Stateless
public class DiaryVisits {

    @PersistenceContext
    EntityManager em;

    @Asynchronous
    @RolesAllowed({PARENT, STUDENT})
    public void viewed(long accountId, long studentId, Instant at) {
        UserAccount account = em.find(UserAccount.class, accountId);
        Student student = em.find(Student.class, studentId);
        if (account == null || student == null) {
            return;
        }
        VisitEvent event = new VisitEvent(account.getSchool(), account, account.getLogin(), VisitKind.DIARY_VIEW, at);
        event.setStudent(student);
        em.persist(event);
    }
}
