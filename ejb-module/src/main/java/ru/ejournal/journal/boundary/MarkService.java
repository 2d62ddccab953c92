package ru.ejournal.journal.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.SUBJECT_TEACHER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.ConflictException;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.journal.entity.Mark;
import ru.ejournal.school.control.ClosedPeriods;
import ru.ejournal.school.entity.Grading;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.student.entity.Student;
import ru.ejournal.student.entity.StudentStatus;

/** Marks of a lesson: entered and changed by the teacher of the lesson, every change kept. */
@Stateless
public class MarkService {

    private static final Set<String> NUMERIC = Set.of("1", "2", "3", "4", "5");
    private static final Set<String> PASS_FAIL = Set.of("ЗАЧ", "НЕЗАЧ");

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    ChangeHistory history;

    @Inject
    ClosedPeriods closedPeriods;

    @RolesAllowed({SUBJECT_TEACHER, ADMIN})
    public Mark addMark(
            @NotNull Long lessonId, @NotNull Long studentId, @NotNull(message = "Укажите отметку") String value) {
        Lesson lesson = access.checkLesson(lessonId, Intent.WRITE);
        Student student = access.checkStudent(studentId, Intent.READ);
        checkEditable(lesson, student);
        Mark mark = new Mark(
                lesson,
                student,
                normalise(value, lesson),
                lesson.getWorkType(),
                access.caller().getLogin(),
                Instant.now());
        em.persist(mark);
        history.record(mark, Map.of(), mark.getEnteredBy(), null);
        return mark;
    }

    @RolesAllowed({SUBJECT_TEACHER, ADMIN})
    public Mark changeMark(
            @NotNull Long markId, long expectedVersion, @NotNull(message = "Укажите отметку") String value) {
        Mark mark = em.find(Mark.class, markId);
        if (mark == null) {
            throw new BusinessException("Отметка не найдена");
        }
        Lesson lesson = access.checkLesson(mark.getLesson().getId(), Intent.WRITE);
        checkEditable(lesson, mark.getStudent());
        if (mark.getVersion() != expectedVersion) {
            throw new ConflictException("Эту отметку уже изменил другой пользователь");
        }
        Map<String, String> before = mark.auditSnapshot();
        mark.setValue(normalise(value, lesson));
        history.record(mark, before, access.caller().getLogin(), null);
        return mark;
    }

    @RolesAllowed({SUBJECT_TEACHER, ADMIN})
    public List<ChangeRecord> historyOf(@NotNull Long markId) {
        Mark mark = em.find(Mark.class, markId);
        if (mark == null) {
            throw new BusinessException("Отметка не найдена");
        }
        access.checkLesson(mark.getLesson().getId(), Intent.READ);
        return history.of(mark.auditType(), markId);
    }

    private void checkEditable(Lesson lesson, Student student) {
        if (lesson.isCancelled()) {
            throw new BusinessException("Урок отменён: отметки на нём не ставятся");
        }
        closedPeriods.checkOpen(lesson.getSchool(), lesson.getLessonDate());
        if (student.getStatus() == StudentStatus.DEPARTED) {
            throw new BusinessException("Ученик выбыл: его отметки доступны только для чтения");
        }
        if (!lesson.getSchoolClass().equals(student.getSchoolClass())) {
            throw new BusinessException("Ученик не учится в классе этого урока");
        }
    }

    static String normalise(String value, Lesson lesson) {
        String v = value.trim().toUpperCase();
        boolean passFail = lesson.getSubject().getGrading() == Grading.PASS_FAIL;
        if (passFail ? !PASS_FAIL.contains(v) : !NUMERIC.contains(v)) {
            throw new BusinessException(
                    passFail ? "Отметка по этому предмету — «зач» или «незач»" : "Отметка — целое число от 1 до 5");
        }
        return v;
    }
}
