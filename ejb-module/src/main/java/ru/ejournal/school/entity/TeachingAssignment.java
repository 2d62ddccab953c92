package ru.ejournal.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.ejournal.common.entity.Audited;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.staff.entity.StaffMember;

/**
 * Нагрузка: a teacher teaches a subject to a class, or to one of its subgroups, in a year, from a
 * start date to an end date (either open: the whole year). A replacement teacher gets an assignment
 * of their own from a date while the earlier one ends the day before; lessons and marks stay with
 * the lessons. {@code findByTeacher} returns the assignments of the current academic year only.
 */
@Entity
@Table(name = "teaching_assignment")
@NamedQueries({
    @NamedQuery(
            name = "TeachingAssignment.findByTeacher",
            query = "SELECT a FROM TeachingAssignment a WHERE a.teacher.id = :teacherId"
                    + " AND a.academicYear.current = TRUE"
                    + " ORDER BY a.schoolClass.grade, a.schoolClass.letter, a.subject.name"),
    @NamedQuery(
            name = "TeachingAssignment.findByClass",
            query =
                    "SELECT a FROM TeachingAssignment a WHERE a.schoolClass.id = :schoolClassId ORDER BY a.subject.name")
})
public class TeachingAssignment extends SchoolOwned implements Audited {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "teacher_id", nullable = false)
    private StaffMember teacher;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_class_id", nullable = false)
    private SchoolClass schoolClass;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subgroup_id")
    private Subgroup subgroup;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id", nullable = false)
    private Subject subject;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "academic_year_id", nullable = false)
    private AcademicYear academicYear;

    /** The first day the assignment holds; null: from the start of its year. */
    @Column(name = "start_date")
    private LocalDate startDate;

    /** The last day the assignment holds; null: to the end of its year. */
    @Column(name = "end_date")
    private LocalDate endDate;

    protected TeachingAssignment() {}

    public TeachingAssignment(StaffMember teacher, SchoolClass schoolClass, Subgroup subgroup, Subject subject) {
        super(schoolClass.getSchool());
        this.teacher = teacher;
        this.schoolClass = schoolClass;
        this.subgroup = subgroup;
        this.subject = subject;
        this.academicYear = schoolClass.getAcademicYear();
    }

    /** Whether the assignment holds on the day (its dates are inclusive, open ends hold always). */
    public boolean holdsOn(LocalDate day) {
        return (startDate == null || !day.isBefore(startDate)) && (endDate == null || !day.isAfter(endDate));
    }

    @Override
    public String auditType() {
        return "TeachingAssignment";
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("teacher", Audited.text(teacher));
        snapshot.put("schoolClass", Audited.text(schoolClass));
        snapshot.put("subgroup", Audited.text(subgroup));
        snapshot.put("subject", Audited.text(subject));
        snapshot.put("startDate", Audited.text(startDate));
        snapshot.put("endDate", Audited.text(endDate));
        return snapshot;
    }

    public StaffMember getTeacher() {
        return teacher;
    }

    public void setTeacher(StaffMember teacher) {
        this.teacher = teacher;
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public void setSchoolClass(SchoolClass schoolClass) {
        this.schoolClass = schoolClass;
    }

    public Subgroup getSubgroup() {
        return subgroup;
    }

    public void setSubgroup(Subgroup subgroup) {
        this.subgroup = subgroup;
    }

    public Subject getSubject() {
        return subject;
    }

    public void setSubject(Subject subject) {
        this.subject = subject;
    }

    public AcademicYear getAcademicYear() {
        return academicYear;
    }

    public void setAcademicYear(AcademicYear academicYear) {
        this.academicYear = academicYear;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }
}
