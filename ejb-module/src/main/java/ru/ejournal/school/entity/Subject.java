package ru.ejournal.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import ru.ejournal.common.entity.SchoolOwned;

/** Предмет. */
@Entity
@Table(
        name = "subject",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_subject_code",
                        columnNames = {"school_id", "code"}))
@NamedQueries({
    @NamedQuery(
            name = "Subject.findBySchool",
            query = "SELECT s FROM Subject s WHERE s.school.id = :schoolId ORDER BY s.name")
})
public class Subject extends SchoolOwned {

    @Column(name = "code", nullable = false, length = 50)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "grading", nullable = false, length = 30)
    private Grading grading = Grading.MARKS;

    protected Subject() {}

    public Subject(School school, String code, String name) {
        super(school);
        this.code = code;
        this.name = name;
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

    public Grading getGrading() {
        return grading;
    }

    public void setGrading(Grading grading) {
        this.grading = grading;
    }
}
