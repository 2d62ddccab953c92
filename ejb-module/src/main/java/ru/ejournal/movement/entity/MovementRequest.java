package ru.ejournal.movement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.student.entity.Gender;
import ru.ejournal.student.entity.Student;

/**
 * Движение учащихся: a class teacher's request to the administrator to enter an arriving student
 * (who has no record yet) or to mark a student as departed.
 */
@Entity
@Table(name = "movement_request")
@NamedQueries({
    @NamedQuery(
            name = "MovementRequest.findBySchoolAndStatus",
            query = "SELECT r FROM MovementRequest r WHERE r.school.id = :schoolId AND r.status = :status"
                    + " ORDER BY r.requestedAt"),
    @NamedQuery(
            name = "MovementRequest.findByStudent",
            query = "SELECT r FROM MovementRequest r WHERE r.student.id = :studentId ORDER BY r.requestedAt DESC")
})
public class MovementRequest extends SchoolOwned {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private MovementKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private MovementStatus status = MovementStatus.OPEN;

    /** The departing student; for an arrival, the student created on execution. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "student_id")
    private Student student;

    /** Target class of an arrival; the class a transferred pupil leaves. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_class_id")
    private SchoolClass schoolClass;

    @Column(name = "last_name", length = 100)
    private String lastName;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "patronymic", length = 100)
    private String patronymic;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", length = 1)
    private Gender gender;

    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    /** Where a departing student goes (school, town). */
    @Column(name = "destination", length = 500)
    private String destination;

    /** Number of the school order (приказ) on the movement. */
    @Column(name = "order_number", length = 50)
    private String orderNumber;

    @Column(name = "rejection_reason", length = 1000)
    private String rejectionReason;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** The class a pupil is transferred to (a transfer within the school, or chosen by the target school). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_class_id")
    private SchoolClass targetClass;

    /** The school a pupil is transferred to. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_school_id")
    private School targetSchool;

    /** The target school's order number (приказ о зачислении). */
    @Column(name = "target_order_number", length = 50)
    private String targetOrderNumber;

    /** The pupil's new record in the target school, once accepted. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "result_student_id")
    private Student resultStudent;

    protected MovementRequest() {}

    private MovementRequest(
            School school, MovementKind kind, LocalDate effectiveDate, String requestedBy, Instant requestedAt) {
        super(school);
        this.kind = kind;
        this.effectiveDate = effectiveDate;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    /** A request to enter a new student into the target class; name and birth data are set after. */
    public static MovementRequest arrival(
            SchoolClass targetClass, LocalDate effectiveDate, String requestedBy, Instant requestedAt) {
        MovementRequest request = new MovementRequest(
                targetClass.getSchool(), MovementKind.ARRIVAL, effectiveDate, requestedBy, requestedAt);
        request.schoolClass = targetClass;
        return request;
    }

    /** A request to mark the student as departed on the given date. */
    public static MovementRequest departure(
            Student student, LocalDate effectiveDate, String destination, String requestedBy, Instant requestedAt) {
        MovementRequest request = new MovementRequest(
                student.getSchool(), MovementKind.DEPARTURE, effectiveDate, requestedBy, requestedAt);
        request.student = student;
        request.destination = destination;
        return request;
    }

    /** A transfer of the student to another class of the school from the given date. */
    public static MovementRequest transfer(
            Student student,
            SchoolClass targetClass,
            LocalDate effectiveDate,
            String requestedBy,
            Instant requestedAt) {
        MovementRequest request = new MovementRequest(
                student.getSchool(), MovementKind.TRANSFER, effectiveDate, requestedBy, requestedAt);
        request.student = student;
        request.schoolClass = student.getSchoolClass();
        request.targetClass = targetClass;
        request.destination = targetClass.getName();
        return request;
    }

    /** A transfer of the student to another school of the region, to be accepted by its administrator. */
    public static MovementRequest schoolTransfer(
            Student student, School targetSchool, LocalDate effectiveDate, String requestedBy, Instant requestedAt) {
        MovementRequest request = new MovementRequest(
                student.getSchool(), MovementKind.SCHOOL_TRANSFER, effectiveDate, requestedBy, requestedAt);
        request.student = student;
        request.schoolClass = student.getSchoolClass();
        request.targetSchool = targetSchool;
        request.destination = targetSchool.getName();
        return request;
    }

    public boolean isOpen() {
        return status == MovementStatus.OPEN;
    }

    /** @throws IllegalStateException if the request is no longer open */
    public void execute(String by, Instant at) {
        decide(MovementStatus.EXECUTED, by, at);
    }

    /** @throws IllegalStateException if the request is no longer open */
    public void reject(String reason, String by, Instant at) {
        decide(MovementStatus.REJECTED, by, at);
        this.rejectionReason = reason;
    }

    private void decide(MovementStatus outcome, String by, Instant at) {
        if (!isOpen()) {
            throw new IllegalStateException("Request already decided: " + status);
        }
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public MovementKind getKind() {
        return kind;
    }

    public void setKind(MovementKind kind) {
        this.kind = kind;
    }

    public MovementStatus getStatus() {
        return status;
    }

    public void setStatus(MovementStatus status) {
        this.status = status;
    }

    public Student getStudent() {
        return student;
    }

    public void setStudent(Student student) {
        this.student = student;
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public void setSchoolClass(SchoolClass schoolClass) {
        this.schoolClass = schoolClass;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getPatronymic() {
        return patronymic;
    }

    public void setPatronymic(String patronymic) {
        this.patronymic = patronymic;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public void setRejectionReason(String rejectionReason) {
        this.rejectionReason = rejectionReason;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public void setRequestedBy(String requestedBy) {
        this.requestedBy = requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public void setRequestedAt(Instant requestedAt) {
        this.requestedAt = requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public void setDecidedAt(Instant decidedAt) {
        this.decidedAt = decidedAt;
    }

    public SchoolClass getTargetClass() {
        return targetClass;
    }

    public void setTargetClass(SchoolClass targetClass) {
        this.targetClass = targetClass;
    }

    public School getTargetSchool() {
        return targetSchool;
    }

    public String getTargetOrderNumber() {
        return targetOrderNumber;
    }

    public void setTargetOrderNumber(String targetOrderNumber) {
        this.targetOrderNumber = targetOrderNumber;
    }

    public Student getResultStudent() {
        return resultStudent;
    }

    public void setResultStudent(Student resultStudent) {
        this.resultStudent = resultStudent;
    }
}
