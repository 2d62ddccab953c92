package ru.ejournal.student.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.ejournal.common.entity.Audited;
import ru.ejournal.common.entity.PersonName;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.parent.entity.StudentParent;
import ru.ejournal.school.entity.SchoolClass;

/** Учащийся. A departed student stays, with status {@link StudentStatus#DEPARTED}. */
@Entity
@Table(
        name = "student",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_student_code",
                        columnNames = {"school_id", "code"}))
@NamedQueries({
    @NamedQuery(
            name = "Student.findByClass",
            query = "SELECT s FROM Student s WHERE s.schoolClass.id = :schoolClassId"
                    + " ORDER BY s.lastName, s.firstName, s.patronymic"),
    @NamedQuery(
            name = "Student.findStudyingByClass",
            query = "SELECT s FROM Student s WHERE s.schoolClass.id = :schoolClassId"
                    + " AND s.status = ru.ejournal.student.entity.StudentStatus.STUDYING"
                    + " ORDER BY s.lastName, s.firstName, s.patronymic")
})
public class Student extends SchoolOwned implements Audited {

    @Column(name = "code", nullable = false, length = 50)
    private String code;

    /** The current class; for a departed student, the class they left. */
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_class_id", nullable = false)
    private SchoolClass schoolClass;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "patronymic", length = 100)
    private String patronymic;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", length = 1)
    private Gender gender;

    @Column(name = "home_address", length = 500)
    private String homeAddress;

    @Column(name = "phone", length = 50)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private StudentStatus status = StudentStatus.STUDYING;

    @Column(name = "arrived_on")
    private LocalDate arrivedOn;

    @Column(name = "departed_on")
    private LocalDate departedOn;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    /** The pupil's frozen record in the school they were transferred from. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "transferred_from_id")
    private Student transferredFrom;

    /** The day a departed pupil was archived at year end (left in the old year's class). */
    @Column(name = "archived_on")
    private LocalDate archivedOn;

    @Column(name = "verified_by", length = 100)
    private String verifiedBy;

    @OneToMany(mappedBy = "student")
    private List<StudentParent> parents = new ArrayList<>();

    protected Student() {}

    public Student(SchoolClass schoolClass, String code, String lastName, String firstName, String patronymic) {
        super(schoolClass.getSchool());
        this.schoolClass = schoolClass;
        this.code = code;
        this.lastName = lastName;
        this.firstName = firstName;
        this.patronymic = patronymic;
    }

    /**
     * The card of this pupil in the school they move to: the same person and personal data, arriving in
     * {@code target} on {@code arrivedOn}, linked back to this card.
     */
    public Student transferredTo(SchoolClass target, String code, LocalDate arrivedOn) {
        Student copy = new Student(target, code, lastName, firstName, patronymic);
        copy.setBirthDate(birthDate);
        copy.setGender(gender);
        copy.setHomeAddress(homeAddress);
        copy.setPhone(phone);
        copy.setArrivedOn(arrivedOn);
        copy.setTransferredFrom(this);
        return copy;
    }

    /** «Петров Иван Сергеевич». */
    public String fullName() {
        return PersonName.full(lastName, firstName, patronymic);
    }

    /** «Петров И. С.». */
    public String shortName() {
        return PersonName.initials(lastName, firstName, patronymic);
    }

    public boolean isDeparted() {
        return status == StudentStatus.DEPARTED;
    }

    public void markVerified(String by, Instant at) {
        this.verifiedBy = by;
        this.verifiedAt = at;
    }

    @Override
    public String auditType() {
        return "Student";
    }

    /** Personal and enrolment data; the verification stamp itself is not part of the history. */
    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("code", code);
        snapshot.put("schoolClass", Audited.text(schoolClass));
        snapshot.put("lastName", lastName);
        snapshot.put("firstName", firstName);
        snapshot.put("patronymic", patronymic);
        snapshot.put("birthDate", Audited.text(birthDate));
        snapshot.put("gender", Audited.text(gender));
        snapshot.put("homeAddress", homeAddress);
        snapshot.put("phone", phone);
        snapshot.put("status", Audited.text(status));
        snapshot.put("arrivedOn", Audited.text(arrivedOn));
        snapshot.put("departedOn", Audited.text(departedOn));
        return snapshot;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public String getHomeAddress() {
        return homeAddress;
    }

    public void setHomeAddress(String homeAddress) {
        this.homeAddress = homeAddress;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public StudentStatus getStatus() {
        return status;
    }

    public void setStatus(StudentStatus status) {
        this.status = status;
    }

    public LocalDate getArrivedOn() {
        return arrivedOn;
    }

    public void setArrivedOn(LocalDate arrivedOn) {
        this.arrivedOn = arrivedOn;
    }

    public LocalDate getDepartedOn() {
        return departedOn;
    }

    public void setDepartedOn(LocalDate departedOn) {
        this.departedOn = departedOn;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public void setVerifiedAt(Instant verifiedAt) {
        this.verifiedAt = verifiedAt;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public void setVerifiedBy(String verifiedBy) {
        this.verifiedBy = verifiedBy;
    }

    /** Studying now: neither departed nor graduated, so their marks and data may still change. */
    public boolean isStudying() {
        return status == StudentStatus.STUDYING;
    }

    public Student getTransferredFrom() {
        return transferredFrom;
    }

    public void setTransferredFrom(Student transferredFrom) {
        this.transferredFrom = transferredFrom;
    }

    public LocalDate getArchivedOn() {
        return archivedOn;
    }

    public void setArchivedOn(LocalDate archivedOn) {
        this.archivedOn = archivedOn;
    }

    public List<StudentParent> getParents() {
        return parents;
    }
}
