package ru.ejournal.parent.entity;

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
import jakarta.persistence.UniqueConstraint;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.ejournal.common.entity.Audited;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.student.entity.Student;

/** Link between a student and one of their parents. */
@Entity
@Table(
        name = "student_parent",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_student_parent",
                        columnNames = {"student_id", "parent_id"}))
@NamedQueries({
    @NamedQuery(
            name = "StudentParent.findByParent",
            query = "SELECT sp FROM StudentParent sp WHERE sp.parent.id = :parentId"
                    + " ORDER BY sp.student.lastName, sp.student.firstName"),
    @NamedQuery(
            name = "StudentParent.findByStudent",
            query = "SELECT sp FROM StudentParent sp WHERE sp.student.id = :studentId ORDER BY sp.relation"),
    @NamedQuery(
            name = "StudentParent.findByStudentAndParent",
            query = "SELECT sp FROM StudentParent sp WHERE sp.student.id = :studentId AND sp.parent.id = :parentId")
})
public class StudentParent extends SchoolOwned implements Audited {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "student_id", nullable = false)
    private Student student;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", nullable = false)
    private Parent parent;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation", nullable = false, length = 30)
    private Relation relation;

    protected StudentParent() {}

    public StudentParent(Student student, Parent parent, Relation relation) {
        super(student.getSchool());
        this.student = student;
        this.parent = parent;
        this.relation = relation;
    }

    @Override
    public String auditType() {
        return "StudentParent";
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("student", Audited.text(student));
        snapshot.put("parent", Audited.text(parent));
        snapshot.put("relation", Audited.text(relation));
        return snapshot;
    }

    public Student getStudent() {
        return student;
    }

    public void setStudent(Student student) {
        this.student = student;
    }

    public Parent getParent() {
        return parent;
    }

    public void setParent(Parent parent) {
        this.parent = parent;
    }

    public Relation getRelation() {
        return relation;
    }

    public void setRelation(Relation relation) {
        this.relation = relation;
    }
}
