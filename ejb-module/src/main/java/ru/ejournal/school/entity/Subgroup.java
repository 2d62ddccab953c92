package ru.ejournal.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.HashSet;
import java.util.Set;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.staff.entity.StaffMember;
import ru.ejournal.student.entity.Student;

/** Подгруппа of a class for one subject, e.g. «Английский язык, 1 подгр.». */
@Entity
@Table(
        name = "subgroup",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_subgroup_code",
                        columnNames = {"school_id", "school_class_id", "code"}))
@NamedQueries({
    @NamedQuery(
            name = "Subgroup.findByClass",
            query = "SELECT g FROM Subgroup g WHERE g.schoolClass.id = :schoolClassId ORDER BY g.subject.name, g.code"),
    @NamedQuery(
            name = "Subgroup.findByClassAndSubject",
            query = "SELECT g FROM Subgroup g WHERE g.schoolClass.id = :schoolClassId AND g.subject.id = :subjectId"
                    + " ORDER BY g.code")
})
public class Subgroup extends SchoolOwned {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_class_id", nullable = false)
    private SchoolClass schoolClass;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id", nullable = false)
    private Subject subject;

    @Column(name = "code", nullable = false, length = 50)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "teacher_id")
    private StaffMember teacher;

    @ManyToMany
    @JoinTable(
            name = "subgroup_member",
            joinColumns = @JoinColumn(name = "subgroup_id", nullable = false),
            inverseJoinColumns = @JoinColumn(name = "student_id", nullable = false))
    private Set<Student> members = new HashSet<>();

    protected Subgroup() {}

    public Subgroup(SchoolClass schoolClass, Subject subject, String code, String name) {
        super(schoolClass.getSchool());
        this.schoolClass = schoolClass;
        this.subject = subject;
        this.code = code;
        this.name = name;
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public void setSchoolClass(SchoolClass schoolClass) {
        this.schoolClass = schoolClass;
    }

    public Subject getSubject() {
        return subject;
    }

    public void setSubject(Subject subject) {
        this.subject = subject;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public StaffMember getTeacher() {
        return teacher;
    }

    public void setTeacher(StaffMember teacher) {
        this.teacher = teacher;
    }

    public Set<Student> getMembers() {
        return members;
    }

    public void setMembers(Set<Student> members) {
        this.members = members;
    }
}
