package ru.ejournal.school.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import ru.ejournal.common.entity.SchoolOwned;

/** Учебный год, e.g. «2026/2027». */
@Entity
@Table(
        name = "academic_year",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_academic_year_name",
                        columnNames = {"school_id", "name"}))
@NamedQueries({
    @NamedQuery(
            name = "AcademicYear.findBySchool",
            query = "SELECT y FROM AcademicYear y WHERE y.school.id = :schoolId ORDER BY y.startDate DESC"),
    @NamedQuery(
            name = "AcademicYear.findCurrent",
            query = "SELECT y FROM AcademicYear y WHERE y.school.id = :schoolId AND y.current = TRUE")
})
public class AcademicYear extends SchoolOwned {

    @Column(name = "name", nullable = false, length = 20)
    private String name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    protected AcademicYear() {}

    public AcademicYear(School school, String name, LocalDate startDate, LocalDate endDate) {
        super(school);
        this.name = name;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public boolean isCurrent() {
        return current;
    }

    public void setCurrent(boolean current) {
        this.current = current;
    }
}
