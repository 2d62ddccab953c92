package ru.ejournal.journal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.school.entity.School;

/** Вид работы (ответ на уроке, домашняя, самостоятельная, контрольная…) with its weight. */
@Entity
@Table(
        name = "work_type",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_work_type_code",
                        columnNames = {"school_id", "code"}))
@NamedQueries({
    @NamedQuery(
            name = "WorkType.findBySchool",
            query = "SELECT w FROM WorkType w WHERE w.school.id = :schoolId ORDER BY w.weight, w.name"),
    @NamedQuery(
            name = "WorkType.findByCode",
            query = "SELECT w FROM WorkType w WHERE w.school.id = :schoolId AND w.code = :code")
})
public class WorkType extends SchoolOwned {

    public static final String ORAL = "ORAL";
    public static final String HOMEWORK = "HOMEWORK";
    public static final String INDEPENDENT = "INDEPENDENT";
    public static final String TEST = "TEST";
    public static final String CONTROL = "CONTROL";

    @Column(name = "code", nullable = false, length = 50)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "weight", nullable = false)
    private int weight = 1;

    /** Whether a lesson of this type must have a mark for every present student. */
    @Column(name = "marks_required", nullable = false)
    private boolean marksRequired;

    protected WorkType() {}

    public WorkType(School school, String code, String name, int weight, boolean marksRequired) {
        super(school);
        this.code = code;
        this.name = name;
        this.weight = weight;
        this.marksRequired = marksRequired;
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

    public int getWeight() {
        return weight;
    }

    public void setWeight(int weight) {
        this.weight = weight;
    }

    public boolean isMarksRequired() {
        return marksRequired;
    }

    public void setMarksRequired(boolean marksRequired) {
        this.marksRequired = marksRequired;
    }
}
