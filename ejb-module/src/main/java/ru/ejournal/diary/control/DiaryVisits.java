package ru.ejournal.diary.control;

import static ru.ejournal.security.control.RoleNames.PARENT;
import static ru.ejournal.security.control.RoleNames.STUDENT;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import ru.ejournal.common.control.JournalMeters;
import ru.ejournal.security.control.AccessEvent;
import ru.ejournal.security.control.AccessLog;
import ru.ejournal.security.control.ClientAddress;
import ru.ejournal.security.entity.VisitKind;

/**
 * Writes a {@link VisitKind#DIARY_VIEW} to the visit log (who, when, which child, from where) through
 * the {@link AccessLog} queue, the same batched writer as the personal-data audit: the diary page does
 * not wait for it, and a failure to log never fails the page.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DiaryVisits {

    @Resource
    SessionContext context;

    @Inject
    AccessLog log;

    @Inject
    JournalMeters meters;

    @RolesAllowed({PARENT, STUDENT})
    public void viewed(long studentId, Instant at) {
        log.add(AccessEvent.diaryView(context.getCallerPrincipal().getName(), studentId, at, ClientAddress.current()));
        meters.diaryViewed();
    }
}
