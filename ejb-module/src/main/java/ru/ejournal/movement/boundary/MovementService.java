package ru.ejournal.movement.boundary;

import static ru.ejournal.security.control.RoleNames.ADMIN;
import static ru.ejournal.security.control.RoleNames.CLASS_TEACHER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.movement.control.ClassMoves;
import ru.ejournal.movement.entity.MovementKind;
import ru.ejournal.movement.entity.MovementRequest;
import ru.ejournal.movement.entity.MovementStatus;
import ru.ejournal.parent.entity.StudentParent;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.student.control.BirthDates;
import ru.ejournal.student.entity.Student;
import ru.ejournal.student.entity.StudentStatus;

/**
 * Движение учащихся (D6, D12): the class teacher files an arrival or a departure; the administrator
 * executes or rejects it. A departed student leaves the roster, keeps every record (read only) and
 * their account is blocked; an arriving student is created in the class.
 */
@Stateless
public class MovementService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    ChangeHistory history;

    @Inject
    ClassMoves moves;

    @RolesAllowed({ADMIN, CLASS_TEACHER})
    public MovementRow fileDeparture(
            @NotNull Long studentId, @NotNull(message = "{movement.request.dataRequired}") @Valid DepartureData data) {
        Student student = access.checkStudent(studentId, Intent.WRITE);
        if (student.isDeparted()) {
            throw new BusinessException("movement.departure.already");
        }
        if (moves.hasOpenRequest(student)) {
            throw new BusinessException("movement.request.openForAdmin");
        }
        checkDate(data.effectiveDate());
        if (student.getArrivedOn() != null && data.effectiveDate().isBefore(student.getArrivedOn())) {
            throw new BusinessException("movement.departure.beforeArrival");
        }
        MovementRequest request = MovementRequest.departure(
                student, data.effectiveDate(), data.destination().trim(), login(), Instant.now());
        request.setOrderNumber(blankToNull(data.orderNumber()));
        em.persist(request);
        return MovementRow.of(request);
    }

    @RolesAllowed({ADMIN, CLASS_TEACHER})
    public MovementRow fileArrival(
            @NotNull Long classId, @NotNull(message = "{movement.request.dataRequired}") @Valid ArrivalData data) {
        SchoolClass schoolClass = access.checkClass(classId, Intent.WRITE);
        checkDate(data.effectiveDate());
        BusinessException implausible = BirthDates.refusal(
                data.birthDate(),
                schoolClass.getGrade(),
                schoolClass.getAcademicYear().getStartDate());
        if (implausible != null) {
            throw implausible;
        }
        MovementRequest request = MovementRequest.arrival(schoolClass, data.effectiveDate(), login(), Instant.now());
        request.setLastName(data.lastName().trim());
        request.setFirstName(data.firstName().trim());
        request.setPatronymic(blankToNull(data.patronymic()));
        request.setBirthDate(data.birthDate());
        request.setGender(data.gender());
        request.setDestination(blankToNull(data.origin()));
        request.setOrderNumber(blankToNull(data.orderNumber()));
        em.persist(request);
        return MovementRow.of(request);
    }

    /** The requests about a class (arrivals into it, departures from it), newest first. */
    @RolesAllowed({ADMIN, CLASS_TEACHER})
    public List<MovementRow> requestsOfClass(@NotNull Long classId) {
        SchoolClass schoolClass = access.checkClass(classId, Intent.WRITE);
        return em.createQuery("""
                        select r from MovementRequest r left join r.student s
                        where r.schoolClass = :c or s.schoolClass = :c order by r.requestedAt desc, r.id desc""", MovementRequest.class)
                .setParameter("c", schoolClass)
                .getResultStream()
                .map(MovementRow::of)
                .toList();
    }

    /** The administrator's queue: requests of the school in one status, oldest first. */
    @RolesAllowed(ADMIN)
    public List<MovementRow> queue(@NotNull MovementStatus status, int first, int max) {
        return em.createNamedQuery("MovementRequest.findBySchoolAndStatus", MovementRequest.class)
                .setParameter("schoolId", access.callerSchool().getId())
                .setParameter("status", status)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, max))
                .getResultStream()
                .map(MovementRow::of)
                .toList();
    }

    @RolesAllowed(ADMIN)
    public long countQueue(@NotNull MovementStatus status) {
        return em.createQuery(
                        "select count(r) from MovementRequest r where r.school = :school and r.status = :status",
                        Long.class)
                .setParameter("school", access.callerSchool())
                .setParameter("status", status)
                .getSingleResult();
    }

    /** Executes an open request under the order number; returns the affected student's id. */
    @RolesAllowed(ADMIN)
    public Long execute(
            @NotNull Long requestId,
            @NotBlank(message = "{movement.orderNumber.required}")
                    @Size(max = 50, message = "{movement.orderNumber.size}")
                    String orderNumber) {
        MovementRequest request = openRequest(requestId);
        if (request.getKind() == MovementKind.SCHOOL_TRANSFER) {
            throw new BusinessException("movement.transfer.otherSchoolAccepts");
        }
        String by = login();
        Instant now = Instant.now();
        request.setOrderNumber(orderNumber.trim());
        request.execute(by, now);
        switch (request.getKind()) {
            case DEPARTURE -> depart(request.getStudent(), request, by);
            case TRANSFER -> moves.transfer(request, by);
            default -> request.setStudent(arrive(request, by));
        }
        return request.getStudent().getId();
    }

    @RolesAllowed(ADMIN)
    public void reject(
            @NotNull Long requestId,
            @NotBlank(message = "{movement.reject.reasonRequired}")
                    @Size(max = 1000, message = "{movement.reason.size}")
                    String reason) {
        openRequest(requestId).reject(reason.trim(), login(), Instant.now());
    }

    private void depart(Student student, MovementRequest request, String by) {
        if (student.isDeparted()) {
            throw new BusinessException("movement.departure.already");
        }
        Map<String, String> before = student.auditSnapshot();
        student.setStatus(StudentStatus.DEPARTED);
        student.setDepartedOn(request.getEffectiveDate());
        history.record(student, before, by, Texts.text("movement.history.departed", request.getOrderNumber()));
        for (UserAccount account : em.createNamedQuery("UserAccount.findByStudent", UserAccount.class)
                .setParameter("studentId", student.getId())
                .getResultList()) {
            block(account, by, Texts.text("movement.history.studentLeft"));
        }
        List<StudentParent> parentsLinks = em.createNamedQuery("StudentParent.findByStudent", StudentParent.class)
                .setParameter("studentId", student.getId())
                .getResultList();
        for (StudentParent link : parentsLinks) {
            long otherChildren = em.createQuery("""
                            select count(sp) from StudentParent sp where sp.parent = :parent and sp.student <> :student
                            and sp.student.status = ru.ejournal.student.entity.StudentStatus.STUDYING""", Long.class)
                    .setParameter("parent", link.getParent())
                    .setParameter("student", student)
                    .getSingleResult();
            if (otherChildren == 0) {
                for (UserAccount account : em.createNamedQuery("UserAccount.findByParent", UserAccount.class)
                        .setParameter("parentId", link.getParent().getId())
                        .getResultList()) {
                    block(account, by, Texts.text("movement.history.childLeft"));
                }
            }
        }
    }

    private Student arrive(MovementRequest request, String by) {
        SchoolClass schoolClass = request.getSchoolClass();
        Student student = new Student(
                schoolClass,
                schoolClass.getCode() + "-M" + request.getId(),
                request.getLastName(),
                request.getFirstName(),
                request.getPatronymic());
        student.setBirthDate(request.getBirthDate());
        student.setGender(request.getGender());
        student.setArrivedOn(request.getEffectiveDate());
        em.persist(student);
        history.record(student, Map.of(), by, Texts.text("movement.history.arrived", request.getOrderNumber()));
        return student;
    }

    private void block(UserAccount account, String by, String reason) {
        if (account.isEnabled()) {
            Map<String, String> before = account.auditSnapshot();
            account.setEnabled(false);
            history.record(account, before, by, reason);
        }
    }

    private MovementRequest openRequest(Long requestId) {
        MovementRequest request = requestId == null ? null : em.find(MovementRequest.class, requestId);
        if (request == null || !Objects.equals(request.getSchool(), access.callerSchool())) {
            throw new AccessDeniedException("common.noAccess");
        }
        return ClassMoves.stillOpen(request);
    }

    private static void checkDate(LocalDate date) {
        LocalDate today = LocalDate.now();
        if (date.isBefore(today.minusYears(1)) || date.isAfter(today.plusMonths(6))) {
            throw new BusinessException("movement.date.range");
        }
    }

    private String login() {
        return access.caller().getLogin();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
