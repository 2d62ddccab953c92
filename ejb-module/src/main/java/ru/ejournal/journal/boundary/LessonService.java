package ru.ejournal.journal.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.SUBJECT_TEACHER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.ConflictException;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.journal.entity.WorkType;
import ru.ejournal.school.control.ClosedPeriods;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;

/** A lesson's details as its teacher keeps them in the grid: topic, homework, work type, attendance taken. */
@Stateless
public class LessonService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    ChangeHistory history;

    @Inject
    ClosedPeriods closedPeriods;

    /** A lesson's details: topic, homework, the work type of its marks, whether attendance was taken. */
    @RolesAllowed({SUBJECT_TEACHER, ADMIN})
    public GradeBook.Column updateLesson(
            @NotNull(message = "{journal.lesson.required}") Long lessonId,
            long expectedVersion,
            @Size(max = 500, message = "{journal.topic.size}") String topic,
            @Size(max = 2000, message = "{journal.homework.size}") String homework,
            Long workTypeId,
            boolean attendanceTaken) {
        Lesson lesson = access.checkLesson(lessonId, Intent.WRITE);
        if (lesson.getVersion() != expectedVersion) {
            throw new ConflictException("journal.lesson.conflict");
        }
        closedPeriods.checkOpen(lesson.getSchool(), lesson.getLessonDate());
        WorkType type = workTypeId == null ? null : em.find(WorkType.class, workTypeId);
        if (workTypeId != null && (type == null || !type.getSchool().equals(lesson.getSchool()))) {
            throw new BusinessException("journal.workType.unknown");
        }
        Map<String, String> before = lesson.auditSnapshot();
        Instant now = Instant.now();
        String newTopic = blankToNull(topic);
        if (newTopic != null && lesson.getTopic() == null) {
            lesson.setTopicEnteredAt(now);
        }
        if (attendanceTaken && !lesson.isAttendanceTaken()) {
            lesson.setAttendanceTakenAt(now);
        }
        lesson.setTopic(newTopic);
        lesson.setHomework(blankToNull(homework));
        lesson.setWorkType(type);
        lesson.setAttendanceTaken(attendanceTaken);
        history.record(lesson, before, access.login(), null);
        em.flush();
        return new GradeBook.Column(
                lesson.getId(),
                lesson.getVersion(),
                lesson.getLessonDate(),
                lesson.getPeriodNo(),
                lesson.getTopic(),
                lesson.getHomework(),
                type == null ? null : type.getId(),
                type == null ? null : type.getName(),
                type == null ? 1 : type.getWeight(),
                lesson.isAttendanceTaken(),
                lesson.isCancelled(),
                lesson.getCancelReason(),
                lesson.getReplacementTeacher() == null
                        ? null
                        : lesson.getReplacementTeacher().shortName());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
