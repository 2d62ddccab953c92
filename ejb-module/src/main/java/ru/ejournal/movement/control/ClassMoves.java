package ru.ejournal.movement.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.movement.entity.MovementRequest;
import ru.ejournal.school.entity.AcademicYear;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.student.entity.Student;
import ru.ejournal.student.entity.StudentClassMembership;

/**
 * Moves a pupil into another class from a day, keeping where they were before: the class they
 * leave gets (or keeps) a membership row ending the day before, the new class one starting on the
 * day. Marks and absences are not touched: they stay with the lessons they were given at, so the
 * old class's grid still shows them up to the day and the new class's grid from it.
 */
@Dependent
public class ClassMoves {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    ChangeHistory history;

    /** Whether the pupil has a movement request still waiting (one at a time). */
    public boolean hasOpenRequest(Student student) {
        return em.createNamedQuery("MovementRequest.findByStudent", MovementRequest.class)
                .setParameter("studentId", student.getId())
                .getResultStream()
                .anyMatch(MovementRequest::isOpen);
    }

    /** The request, if it still waits for a decision; otherwise the refusal that it is decided. */
    public static MovementRequest stillOpen(MovementRequest request) {
        if (!request.isOpen()) {
            throw new BusinessException("movement.request.decided");
        }
        return request;
    }

    /** Carries out an executed request of kind TRANSFER: the pupil moves to its target class from its date. */
    public void transfer(MovementRequest request, String by) {
        Student student = request.getStudent();
        if (!student.isStudying()) {
            throw new BusinessException("student.departed.readOnly");
        }
        SchoolClass target = checkTarget(student, request.getTargetClass(), request.getEffectiveDate());
        if (request.getOrderNumber() == null) {
            throw new BusinessException("movement.orderNumber.required");
        }
        move(
                student,
                target,
                request.getEffectiveDate(),
                request.getOrderNumber(),
                by,
                Texts.text(
                        "movement.history.classTransfer",
                        student.getSchoolClass().getName(),
                        target.getName(),
                        request.getEffectiveDate().format(DATE),
                        request.getOrderNumber()));
    }

    /** The target class of a transfer within the year, if it is one: same school, same year, a day inside it. */
    public SchoolClass checkTarget(Student student, SchoolClass target, LocalDate from) {
        if (target == null || !target.getSchool().equals(student.getSchool())) {
            throw new BusinessException("movement.class.notInSchool");
        }
        SchoolClass current = student.getSchoolClass();
        if (target.equals(current)) {
            throw new BusinessException("movement.class.same", target.getName());
        }
        AcademicYear year = current.getAcademicYear();
        if (!target.getAcademicYear().equals(year)) {
            throw new BusinessException("movement.class.otherYear", year.getName());
        }
        if (from == null || !year.contains(from) || from.equals(year.getStartDate())) {
            throw new BusinessException(
                    "movement.date.insideYear",
                    year.getStartDate().format(DATE),
                    year.getEndDate().format(DATE));
        }
        return target;
    }

    public void move(
            Student student, SchoolClass target, LocalDate from, String orderNumber, String by, String reason) {
        SchoolClass current = student.getSchoolClass();
        if (current.equals(target)) {
            throw new BusinessException("movement.class.same", target.getName());
        }
        List<StudentClassMembership> rows = em.createNamedQuery(
                        "StudentClassMembership.findByStudent", StudentClassMembership.class)
                .setParameter("studentId", student.getId())
                .getResultList();
        StudentClassMembership open = rows.stream()
                .filter(m -> m.getValidTo() == null && m.getSchoolClass().equals(current))
                .findFirst()
                .orElse(null);
        LocalDate lastDay = from.minusDays(1);
        if (open == null) {
            if (!rows.isEmpty()) {
                throw new BusinessException("movement.class.historyMismatch");
            }
            LocalDate since = student.getArrivedOn();
            if (since != null && since.isAfter(lastDay)) {
                throw new BusinessException("movement.date.beforeArrival", from.format(DATE), since.format(DATE));
            }
            em.persist(new StudentClassMembership(student, current, since, lastDay, null));
        } else {
            if (open.getValidFrom() != null && !open.getValidFrom().isBefore(from)) {
                throw new BusinessException(
                        "movement.date.afterClassStart",
                        from.format(DATE),
                        current.getName(),
                        open.getValidFrom().format(DATE));
            }
            open.setValidTo(lastDay);
        }
        em.persist(new StudentClassMembership(student, target, from, null, orderNumber));
        Map<String, String> before = student.auditSnapshot();
        student.setSchoolClass(target);
        history.record(student, before, by, reason);
    }
}
