package ru.ejournal.common.entity;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import ru.ejournal.school.entity.School;

/** Every record except the school itself belongs to exactly one school. */
@MappedSuperclass
public abstract class SchoolOwned extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    protected SchoolOwned() {}

    protected SchoolOwned(School school) {
        this.school = school;
    }

    public School getSchool() {
        return school;
    }

    public void setSchool(School school) {
        this.school = school;
    }
}
