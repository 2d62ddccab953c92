package ru.ejournal.movement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.school.entity.AcademicYear;

/** Перевод в следующий класс, done once per school and year: what it did, who did it and when. */
@Entity
@Table(name = "year_end_run")
public class YearEndRun extends SchoolOwned {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "from_year_id", nullable = false)
    private AcademicYear fromYear;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "to_year_id", nullable = false)
    private AcademicYear toYear;

    @Column(name = "last_grade", nullable = false)
    private int lastGrade;

    @Column(name = "promoted", nullable = false)
    private int promoted;

    @Column(name = "graduated", nullable = false)
    private int graduated;

    @Column(name = "archived", nullable = false)
    private int archived;

    @Column(name = "classes_created", nullable = false)
    private int classesCreated;

    @Column(name = "assignments_copied", nullable = false)
    private int assignmentsCopied;

    @Column(name = "run_by", nullable = false, length = 100)
    private String runBy;

    @Column(name = "run_at", nullable = false)
    private Instant runAt;

    protected YearEndRun() {}

    public YearEndRun(AcademicYear fromYear, AcademicYear toYear, int lastGrade, String runBy, Instant runAt) {
        super(fromYear.getSchool());
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.lastGrade = lastGrade;
        this.runBy = runBy;
        this.runAt = runAt;
    }

    public void count(int promoted, int graduated, int archived, int classesCreated, int assignmentsCopied) {
        this.promoted = promoted;
        this.graduated = graduated;
        this.archived = archived;
        this.classesCreated = classesCreated;
        this.assignmentsCopied = assignmentsCopied;
    }

    public AcademicYear getFromYear() {
        return fromYear;
    }

    public AcademicYear getToYear() {
        return toYear;
    }

    public int getLastGrade() {
        return lastGrade;
    }

    public int getPromoted() {
        return promoted;
    }

    public int getGraduated() {
        return graduated;
    }

    public int getArchived() {
        return archived;
    }

    public int getClassesCreated() {
        return classesCreated;
    }

    public int getAssignmentsCopied() {
        return assignmentsCopied;
    }

    public String getRunBy() {
        return runBy;
    }

    public Instant getRunAt() {
        return runAt;
    }
}
