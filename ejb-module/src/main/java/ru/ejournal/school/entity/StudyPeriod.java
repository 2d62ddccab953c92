package ru.ejournal.school.entity;

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
import java.time.LocalDate;
import ru.ejournal.common.entity.SchoolOwned;

/** Учебный период: четверть, триместр, полугодие или год. Codes repeat every year («Q2»). */
@Entity
@Table(
        name = "study_period",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_study_period_code",
                        columnNames = {"school_id", "academic_year_id", "code"}))
@NamedQueries({
    @NamedQuery(
            name = "StudyPeriod.findByYear",
            query = "SELECT p FROM StudyPeriod p WHERE p.academicYear.id = :academicYearId"
                    + " ORDER BY p.startDate, p.endDate DESC")
})
public class StudyPeriod extends SchoolOwned {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "academic_year_id", nullable = false)
    private AcademicYear academicYear;

    @Column(name = "code", nullable = false, length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private StudyPeriodKind kind;

    @Column(name = "closed", nullable = false)
    private boolean closed;

    protected StudyPeriod() {}

    public StudyPeriod(
            AcademicYear academicYear,
            String code,
            String name,
            StudyPeriodKind kind,
            LocalDate startDate,
            LocalDate endDate) {
        super(academicYear.getSchool());
        this.academicYear = academicYear;
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    public AcademicYear getAcademicYear() {
        return academicYear;
    }

    public void setAcademicYear(AcademicYear academicYear) {
        this.academicYear = academicYear;
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

    public StudyPeriodKind getKind() {
        return kind;
    }

    public void setKind(StudyPeriodKind kind) {
        this.kind = kind;
    }

    public boolean isClosed() {
        return closed;
    }

    public void setClosed(boolean closed) {
        this.closed = closed;
    }
}
