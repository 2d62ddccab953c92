package ru.ejournal.student.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.school.entity.SchoolClass;

/**
 * A pupil's class over a span of days (перевод в другой класс, перевод в следующий класс). A pupil
 * with no rows belongs to {@link Student#getSchoolClass()} all along; once they have rows, the class
 * on a day is the row covering it, so a class's pupils on a day, its grid and its period results
 * follow the rows, while marks and absences stay with the lessons they were given at.
 */
@Entity
@Table(name = "student_class_membership")
@NamedQueries({
    @NamedQuery(
            name = "StudentClassMembership.findByStudent",
            query = "SELECT m FROM StudentClassMembership m WHERE m.student.id = :studentId" + " ORDER BY m.id")
})
public class StudentClassMembership extends SchoolOwned {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "student_id", nullable = false)
    private Student student;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_class_id", nullable = false)
    private SchoolClass schoolClass;

    /** First day in the class; null = since the pupil's start. */
    @Column(name = "valid_from")
    private LocalDate validFrom;

    /** Last day in the class; null = still there. */
    @Column(name = "valid_to")
    private LocalDate validTo;

    /** The order (приказ) that put the pupil in the class. */
    @Column(name = "order_number", length = 50)
    private String orderNumber;

    protected StudentClassMembership() {}

    public StudentClassMembership(
            Student student, SchoolClass schoolClass, LocalDate validFrom, LocalDate validTo, String orderNumber) {
        super(student.getSchool());
        this.student = student;
        this.schoolClass = schoolClass;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.orderNumber = orderNumber;
    }

    public boolean covers(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    public Student getStudent() {
        return student;
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public String getOrderNumber() {
        return orderNumber;
    }
}
