package ru.ejournal.school.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;
import static ru.ejournal.security.control.RoleNames.DEPUTY_DIRECTOR;
import static ru.ejournal.security.control.RoleNames.PARENT;
import static ru.ejournal.security.control.RoleNames.STUDENT;
import static ru.ejournal.security.control.RoleNames.SUBJECT_TEACHER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.ConflictException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.school.control.BellRules;
import ru.ejournal.school.control.SetupHistory;
import ru.ejournal.school.entity.Bell;
import ru.ejournal.school.entity.School;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.AccessDeniedException;

/**
 * Звонки: the start and end time of each lesson number of the school. Everybody of the school reads
 * them (the timetable and the e-diary show them); the administrator changes them, each change in the
 * history. The rules are in {@link BellRules}.
 */
@Stateless
@RolesAllowed(ADMIN)
public class BellService {

    static final String REASON = Texts.text("school.bells.reason");

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    SetupHistory history;

    /** The school's bells by lesson number; for everybody of the school. */
    @RolesAllowed({ADMIN, DEPUTY_DIRECTOR, CLASS_TEACHER, SUBJECT_TEACHER, PARENT, STUDENT})
    public List<BellRow> bells(@NotNull(message = "{school.school.required}") Long schoolId) {
        access.checkSchoolMember(schoolId);
        return stored(schoolId).stream().map(BellRow::of).toList();
    }

    @RolesAllowed(ADMIN)
    public BellRow addBell(
            @NotNull(message = "{school.school.required}") Long schoolId,
            @NotNull(message = "{school.bell.lessonNumber.required}") Integer lessonNumber,
            @NotNull(message = "{school.bell.start.required}") LocalTime start,
            @NotNull(message = "{school.bell.end.required}") LocalTime end) {
        School school = access.checkSchool(schoolId, Intent.WRITE);
        em.lock(school, LockModeType.PESSIMISTIC_WRITE);
        List<BellRow> all =
                new ArrayList<>(stored(schoolId).stream().map(BellRow::of).toList());
        all.add(new BellRow(null, lessonNumber, start, end, 0));
        BellRules.check(all);
        Bell bell = new Bell(school, lessonNumber, start, end);
        em.persist(bell);
        em.flush();
        history.record(school, bell.auditType(), bell.getId(), Map.of(), bell.auditSnapshot(), login(), REASON);
        return BellRow.of(bell);
    }

    @RolesAllowed(ADMIN)
    public BellRow updateBell(
            @NotNull(message = "{school.school.required}") Long schoolId,
            @NotNull(message = "{school.bell.required}") BellRow changed) {
        School school = access.checkSchool(schoolId, Intent.WRITE);
        em.lock(school, LockModeType.PESSIMISTIC_WRITE);
        Bell bell = bell(schoolId, changed.id());
        if (bell.getVersion() != changed.version()) {
            throw new ConflictException("school.bells.conflict");
        }
        if (bell.getLessonNumber() != changed.lessonNumber()) {
            throw new BusinessException("school.bell.numberFixed");
        }
        List<BellRow> all = new ArrayList<>();
        for (Bell b : stored(schoolId)) {
            all.add(b.getId().equals(bell.getId()) ? changed : BellRow.of(b));
        }
        BellRules.check(all);
        Map<String, String> before = bell.auditSnapshot();
        bell.setStartTime(changed.startTime());
        bell.setEndTime(changed.endTime());
        history.record(school, bell.auditType(), bell.getId(), before, bell.auditSnapshot(), login(), REASON);
        em.flush();
        return BellRow.of(bell);
    }

    @RolesAllowed(ADMIN)
    public void removeBell(
            @NotNull(message = "{school.school.required}") Long schoolId,
            @NotNull(message = "{school.bell.required}") Long bellId) {
        School school = access.checkSchool(schoolId, Intent.WRITE);
        Bell bell = bell(schoolId, bellId);
        history.record(school, bell.auditType(), bell.getId(), bell.auditSnapshot(), Map.of(), login(), REASON);
        em.remove(bell);
        em.flush();
    }

    private String login() {
        return access.caller().getLogin();
    }

    private List<Bell> stored(Long schoolId) {
        return em.createNamedQuery("Bell.findBySchool", Bell.class)
                .setParameter("schoolId", schoolId)
                .getResultList();
    }

    private Bell bell(Long schoolId, Long bellId) {
        Bell bell = bellId == null ? null : em.find(Bell.class, bellId);
        if (bell == null || !bell.getSchool().getId().equals(schoolId)) {
            throw new AccessDeniedException("common.noAccess");
        }
        return bell;
    }
}
