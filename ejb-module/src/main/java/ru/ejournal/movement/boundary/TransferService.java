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
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.Texts;
import ru.ejournal.history.control.ChangeHistory;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.movement.control.ClassMoves;
import ru.ejournal.movement.entity.MovementKind;
import ru.ejournal.movement.entity.MovementRequest;
import ru.ejournal.movement.entity.MovementStatus;
import ru.ejournal.parent.entity.Parent;
import ru.ejournal.parent.entity.StudentParent;
import ru.ejournal.school.entity.AcademicYear;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.student.entity.Student;
import ru.ejournal.student.entity.StudentStatus;

/**
 * Перевод учащихся: to another class of the school from a date (the administrator directly, or by
 * executing a class teacher's request of kind {@link MovementKind#TRANSFER} in the movement queue),
 * and to another school of the region (the old school's administrator sends, the new school's
 * administrator accepts). Marks and absences never move: they stay with their lessons; the pupil's
 * class over time is kept in {@code student_class_membership}. A pupil transferred to another school
 * gets new pupil and parent records there, linked to the old ones, which are frozen (выбыл), and the
 * family's accounts move with them.
 */
@Stateless
public class TransferService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String DENIED = "common.noAccess";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    ChangeHistory history;

    @Inject
    ClassMoves moves;

    // ------------------------------------------------------------------ another class of the school

    /** The administrator transfers a pupil to another class of the school from a date, under an order. */
    @RolesAllowed(ADMIN)
    public TransferRow transferToClass(
            @NotNull(message = "{movement.student.required}") Long studentId,
            @NotNull(message = "{movement.transfer.dataRequired}") @Valid TransferData data) {
        Student student = studying(access.checkStudent(studentId, Intent.WRITE));
        SchoolClass target = targetClass(student, data.targetId(), data.effectiveDate());
        if (moves.hasOpenRequest(student)) {
            throw new BusinessException("movement.request.openDecideFirst");
        }
        String by = access.caller().getLogin();
        MovementRequest request = MovementRequest.transfer(student, target, data.effectiveDate(), by, Instant.now());
        request.setOrderNumber(data.orderNumber().trim());
        request.execute(by, Instant.now());
        em.persist(request);
        moves.transfer(request, by);
        return TransferRow.of(request);
    }

    /** The class teacher asks the administrator to transfer a pupil of their class to another class. */
    @RolesAllowed({ADMIN, CLASS_TEACHER})
    public MovementRow fileClassTransfer(
            @NotNull(message = "{movement.student.required}") Long studentId,
            @NotNull(message = "{movement.class.required}") Long targetClassId,
            @NotNull(message = "{movement.transfer.dateRequired}") LocalDate effectiveDate) {
        Student student = studying(access.checkStudent(studentId, Intent.WRITE));
        SchoolClass target = targetClass(student, targetClassId, effectiveDate);
        if (moves.hasOpenRequest(student)) {
            throw new BusinessException("movement.request.openForAdmin");
        }
        MovementRequest request = MovementRequest.transfer(
                student, target, effectiveDate, access.caller().getLogin(), Instant.now());
        em.persist(request);
        return MovementRow.of(request);
    }

    private SchoolClass targetClass(Student student, Long classId, LocalDate from) {
        return moves.checkTarget(student, classId == null ? null : em.find(SchoolClass.class, classId), from);
    }

    // ------------------------------------------------------------------ another school of the region

    /** The old school's administrator sends a pupil to another school; its administrator accepts. */
    @RolesAllowed(ADMIN)
    public TransferRow sendToSchool(
            @NotNull(message = "{movement.student.required}") Long studentId,
            @NotNull(message = "{movement.transfer.dataRequired}") @Valid TransferData data) {
        Student student = studying(access.checkStudent(studentId, Intent.WRITE));
        School target = data.targetId() == null ? null : em.find(School.class, data.targetId());
        if (target == null) {
            throw new BusinessException("movement.school.notFound");
        }
        if (target.equals(student.getSchool())) {
            throw new BusinessException("movement.school.same");
        }
        AcademicYear year = student.getSchoolClass().getAcademicYear();
        if (!year.contains(data.effectiveDate()) || data.effectiveDate().equals(year.getStartDate())) {
            throw new BusinessException(
                    "movement.date.insideYear",
                    year.getStartDate().format(DATE),
                    year.getEndDate().format(DATE));
        }
        if (moves.hasOpenRequest(student)) {
            throw new BusinessException("movement.request.open");
        }
        MovementRequest request = MovementRequest.schoolTransfer(
                student, target, data.effectiveDate(), access.caller().getLogin(), Instant.now());
        request.setOrderNumber(data.orderNumber().trim());
        em.persist(request);
        return TransferRow.of(request);
    }

    /**
     * The new school's administrator accepts a pupil sent by another school into one of their classes,
     * under their own order: new pupil and parent records are made from the old ones and linked to
     * them; the old pupil is frozen (выбыл on the date), a parent's old record too once no child of
     * theirs studies in the old school; the pupil's account and such parents' accounts move to the new
     * school and records. A parent who keeps another child in the old school keeps their account there
     * (a parent belongs to one school); the new school issues them a new one. Returns the new pupil's id.
     */
    @RolesAllowed(ADMIN)
    public Long acceptFromSchool(
            @NotNull(message = "{movement.request.required}") Long requestId,
            @NotNull(message = "{movement.class.required}") Long targetClassId,
            @NotBlank(message = "{movement.orderNumber.enrolmentRequired}")
                    @Size(max = 50, message = "{movement.orderNumber.size}")
                    String orderNumber) {
        MovementRequest request = incomingOpen(requestId);
        School school = request.getTargetSchool();
        SchoolClass target = em.find(SchoolClass.class, targetClassId);
        if (target == null || !target.getSchool().equals(school)) {
            throw new BusinessException("movement.class.notInYourSchool");
        }
        Student old = request.getStudent();
        if (!old.isStudying()) {
            throw new BusinessException("movement.transfer.leftOldSchool");
        }
        String by = access.caller().getLogin();
        Instant now = Instant.now();
        LocalDate date = request.getEffectiveDate();
        String from = old.getSchool().getName();

        Student created = old.transferredTo(target, target.getCode() + "-T" + request.getId(), date);
        em.persist(created);
        history.record(
                created,
                Map.of(),
                by,
                Texts.text("movement.history.arrivedFromSchool", from, orderNumber.trim(), request.getOrderNumber()));

        Map<String, String> before = old.auditSnapshot();
        old.setStatus(StudentStatus.DEPARTED);
        old.setDepartedOn(date);
        history.record(
                old,
                before,
                by,
                Texts.text(
                        "movement.history.transferredToSchool",
                        school.getName(),
                        date.format(DATE),
                        request.getOrderNumber()));

        for (UserAccount account : em.createNamedQuery("UserAccount.findByStudent", UserAccount.class)
                .setParameter("studentId", old.getId())
                .getResultList()) {
            followed(account, "student", old.getId(), created.getId(), by);
            account.setSchool(school);
            account.setStudent(created);
        }
        for (StudentParent link : em.createNamedQuery("StudentParent.findByStudent", StudentParent.class)
                .setParameter("studentId", old.getId())
                .getResultList()) {
            moveParent(link, created, school, by);
        }
        request.setTargetClass(target);
        request.setTargetOrderNumber(orderNumber.trim());
        request.setResultStudent(created);
        request.execute(by, now);
        return created.getId();
    }

    private void moveParent(StudentParent link, Student child, School school, String by) {
        Parent old = link.getParent();
        Parent copy = em.createQuery(
                        "select p from Parent p where p.transferredFrom = :old and p.school = :school", Parent.class)
                .setParameter("old", old)
                .setParameter("school", school)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (copy == null) {
            copy = old.transferredTo(school);
            em.persist(copy);
            history.record(
                    copy,
                    Map.of(),
                    by,
                    Texts.text("movement.history.parentArrived", old.getSchool().getName()));
        }
        StudentParent newLink = new StudentParent(child, copy, link.getRelation());
        em.persist(newLink);
        history.record(newLink, Map.of(), by, Texts.text("movement.history.fromOtherSchool"));
        long staying = em.createQuery("""
                        select count(sp) from StudentParent sp where sp.parent = :parent and sp.student <> :student
                        and sp.student.status = ru.ejournal.student.entity.StudentStatus.STUDYING""", Long.class)
                .setParameter("parent", old)
                .setParameter("student", link.getStudent())
                .getSingleResult();
        if (staying > 0) {
            return;
        }
        Map<String, String> before = old.auditSnapshot();
        old.setFrozen(true);
        history.record(old, before, by, Texts.text("movement.history.familyMoved", school.getName()));
        for (UserAccount account : em.createNamedQuery("UserAccount.findByParent", UserAccount.class)
                .setParameter("parentId", old.getId())
                .getResultList()) {
            followed(account, "parent", old.getId(), copy.getId(), by);
            account.setSchool(school);
            account.setParent(copy);
        }
    }

    /** The account's move to the new school and record, in the account's history (both schools see it). */
    private void followed(UserAccount account, String field, Long oldId, Long newId, String by) {
        Instant now = Instant.now();
        School from = account.getSchool();
        School to = field.equals("student")
                ? em.find(Student.class, newId).getSchool()
                : em.find(Parent.class, newId).getSchool();
        for (ChangeRecord change : List.of(
                new ChangeRecord(
                        from, account.auditType(), account.getId(), "school", from.getCode(), to.getCode(), by, now),
                new ChangeRecord(
                        from,
                        account.auditType(),
                        account.getId(),
                        field,
                        String.valueOf(oldId),
                        String.valueOf(newId),
                        by,
                        now),
                new ChangeRecord(
                        to, account.auditType(), account.getId(), "school", from.getCode(), to.getCode(), by, now))) {
            change.setReason(Texts.text("movement.history.accountFollows"));
            em.persist(change);
        }
    }

    /** The new school's administrator declines a pupil sent to them; the old school sees the reason. */
    @RolesAllowed(ADMIN)
    public void declineFromSchool(
            @NotNull(message = "{movement.request.required}") Long requestId,
            @NotBlank(message = "{movement.decline.reasonRequired}")
                    @Size(max = 1000, message = "{movement.reason.size}")
                    String reason) {
        incomingOpen(requestId).reject(reason.trim(), access.caller().getLogin(), Instant.now());
    }

    private MovementRequest incomingOpen(Long requestId) {
        MovementRequest request = em.find(MovementRequest.class, requestId);
        if (request == null
                || request.getKind() != MovementKind.SCHOOL_TRANSFER
                || !Objects.equals(request.getTargetSchool(), access.callerSchool())) {
            throw new AccessDeniedException(DENIED);
        }
        return ClassMoves.stillOpen(request);
    }

    // ------------------------------------------------------------------ lists for the screens

    /** Transfers from and into the caller's school (both kinds), newest first, a page of them. */
    @RolesAllowed(ADMIN)
    public List<TransferRow> transfers(int first, int max) {
        return em.createQuery("""
                        select r from MovementRequest r
                        where r.kind in :kinds and (r.school = :school or r.targetSchool = :school)
                        order by r.requestedAt desc, r.id desc""", MovementRequest.class)
                .setParameter("kinds", List.of(MovementKind.TRANSFER, MovementKind.SCHOOL_TRANSFER))
                .setParameter("school", access.callerSchool())
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, max))
                .getResultStream()
                .map(TransferRow::of)
                .toList();
    }

    @RolesAllowed(ADMIN)
    public long countTransfers() {
        return em.createQuery("""
                        select count(r) from MovementRequest r
                        where r.kind in :kinds and (r.school = :school or r.targetSchool = :school)""", Long.class)
                .setParameter("kinds", List.of(MovementKind.TRANSFER, MovementKind.SCHOOL_TRANSFER))
                .setParameter("school", access.callerSchool())
                .getSingleResult();
    }

    /** Pupils sent to the caller's school by other schools and waiting for acceptance. */
    @RolesAllowed(ADMIN)
    public List<TransferRow> incoming() {
        return em.createQuery("""
                        select r from MovementRequest r where r.kind = :kind and r.targetSchool = :school
                        and r.status = :open order by r.requestedAt, r.id""", MovementRequest.class)
                .setParameter("kind", MovementKind.SCHOOL_TRANSFER)
                .setParameter("school", access.callerSchool())
                .setParameter("open", MovementStatus.OPEN)
                .getResultStream()
                .map(TransferRow::of)
                .toList();
    }

    /** The classes of the caller's school in its current year (else every class), for the selectors. */
    @RolesAllowed({ADMIN, CLASS_TEACHER})
    public List<Choice> classes() {
        School school = access.callerSchool();
        List<SchoolClass> classes = em.createNamedQuery("SchoolClass.findCurrentBySchool", SchoolClass.class)
                .setParameter("school", school)
                .getResultList();
        return classes.stream().map(c -> new Choice(c.getId(), c.getName())).toList();
    }

    /** The pupils studying in a class of the caller's school. */
    @RolesAllowed(ADMIN)
    public List<Choice> students(@NotNull(message = "{movement.class.required}") Long classId) {
        access.checkClass(classId, Intent.WRITE);
        return em.createNamedQuery("Student.findStudyingByClass", Student.class)
                .setParameter("schoolClassId", classId)
                .getResultStream()
                .map(s -> new Choice(s.getId(), s.fullName()))
                .toList();
    }

    /** The other schools of the region. */
    @RolesAllowed(ADMIN)
    public List<Choice> otherSchools() {
        School own = access.callerSchool();
        return em.createNamedQuery("School.findAll", School.class)
                .getResultStream()
                .filter(s -> !s.equals(own))
                .map(s -> new Choice(s.getId(), s.getName()))
                .toList();
    }

    private static Student studying(Student student) {
        if (!student.isStudying()) {
            throw new BusinessException("student.departed.readOnly");
        }
        return student;
    }
}
