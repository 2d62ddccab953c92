package ru.ejournal.journal.boundary;

import static ru.ejournal.journal.control.GradeBookQueries.gradeKind;
import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.SUBJECT_TEACHER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Map;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.ConflictException;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.journal.control.GradeBookQueries;
import ru.ejournal.journal.entity.MarkValue;
import ru.ejournal.journal.entity.PeriodGrade;
import ru.ejournal.journal.entity.PeriodGradeKind;
import ru.ejournal.school.entity.Grading;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.school.entity.TeachingAssignment;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.student.entity.Student;
import ru.ejournal.student.entity.StudentStatus;

/** A student's period grade (четвертная, годовая) as the subject teacher sets it in the grid, every change kept. */
@Stateless
public class PeriodGradeService {

    private static final String DENIED = "journal.noAccess";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    ChangeHistory history;

    @Inject
    GradeBookQueries queries;

    /** Sets (or changes) a student's period grade; {@code expectedVersion} null means "there was none". */
    @RolesAllowed({SUBJECT_TEACHER, ADMIN})
    public GradeBookCell savePeriodGrade(
            @NotNull(message = "{journal.assignment.select}") Long assignmentId,
            @NotNull(message = "{school.period.select}") Long periodId,
            @NotNull(message = "{journal.student.required}") Long studentId,
            @NotNull(message = "{journal.grade.required}") String value,
            Long expectedVersion) {
        TeachingAssignment a = access.checkAssignment(assignmentId, Intent.WRITE);
        StudyPeriod period = queries.period(a, periodId);
        if (period.isClosed()) {
            throw new BusinessException("journal.grade.periodClosed", period.getName());
        }
        Student student = em.find(Student.class, studentId);
        if (student == null || !queries.students(a, period).stream().anyMatch(s -> s[0].equals(studentId))) {
            throw new AccessDeniedException(DENIED);
        }
        if (student.getStatus() != StudentStatus.STUDYING) {
            throw new BusinessException("journal.cell.departed");
        }
        boolean passFail = a.getSubject().getGrading() == Grading.PASS_FAIL;
        String normalized = normalizeGrade(value, passFail);
        PeriodGradeKind kind = gradeKind(period);
        PeriodGrade grade = em.createNamedQuery("PeriodGrade.findOne", PeriodGrade.class)
                .setParameter("studentId", studentId)
                .setParameter("subjectId", a.getSubject().getId())
                .setParameter("studyPeriodId", periodId)
                .setParameter("kind", kind)
                .getResultStream()
                .findFirst()
                .orElse(null);
        String login = access.login();
        if (grade == null) {
            if (expectedVersion != null) {
                throw new ConflictException("journal.grade.deleted");
            }
            grade = new PeriodGrade(student, a.getSubject(), period, kind, normalized, login, Instant.now());
            em.persist(grade);
            history.record(grade, Map.of(), login, null);
        } else {
            if (expectedVersion == null || grade.getVersion() != expectedVersion) {
                throw new ConflictException("journal.grade.conflict", MarkValue.display(grade.getValue()));
            }
            Map<String, String> before = grade.auditSnapshot();
            grade.setValue(normalized);
            grade.setEnteredBy(login);
            grade.setEnteredAt(Instant.now());
            history.record(grade, before, login, null);
        }
        em.flush();
        return new GradeBookCell(MarkValue.display(grade.getValue()), String.valueOf(grade.getVersion()));
    }

    /** The stored form of a typed period grade that suits the subject's grading, or a refusal. */
    static String normalizeGrade(String value, boolean passFail) {
        return MarkValue.gradeFitting(value, passFail)
                .orElseThrow(() -> passFail
                        ? new BusinessException(
                                "journal.grade.notPassFail",
                                MarkValue.display(MarkValue.PASS),
                                MarkValue.display(MarkValue.FAIL),
                                MarkValue.display(MarkValue.NOT_ASSESSED))
                        : new BusinessException("journal.grade.notAGrade", MarkValue.display(MarkValue.NOT_ASSESSED)));
    }
}
