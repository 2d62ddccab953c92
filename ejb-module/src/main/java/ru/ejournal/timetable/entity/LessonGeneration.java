package ru.ejournal.timetable.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.school.entity.School;

/** One run of the lesson generation: who ran it, when, for which dates and class, and what it did. */
@Entity
@Table(name = "lesson_generation")
@NamedQueries({
    @NamedQuery(
            name = "LessonGeneration.findBySchool",
            query = "SELECT g FROM LessonGeneration g WHERE g.school.id = :schoolId ORDER BY g.runAt DESC, g.id DESC")
})
public class LessonGeneration extends SchoolOwned {

    /** Null when the run covered every class of the school. */
    @Column(name = "school_class_id")
    private Long schoolClassId;

    @Column(name = "date_from", nullable = false)
    private LocalDate dateFrom;

    @Column(name = "date_to", nullable = false)
    private LocalDate dateTo;

    @Column(name = "run_by", nullable = false, length = 100)
    private String runBy;

    @Column(name = "run_at", nullable = false)
    private Instant runAt;

    @Column(name = "created_count", nullable = false)
    private int created;

    @Column(name = "moved_count", nullable = false)
    private int moved;

    @Column(name = "removed_count", nullable = false)
    private int removed;

    @Column(name = "held_count", nullable = false)
    private int held;

    @Column(name = "kept_count", nullable = false)
    private int kept;

    @Column(name = "unchanged_count", nullable = false)
    private int unchanged;

    protected LessonGeneration() {}

    public LessonGeneration(
            School school, Long schoolClassId, LocalDate dateFrom, LocalDate dateTo, String runBy, Instant runAt) {
        super(school);
        this.schoolClassId = schoolClassId;
        this.dateFrom = dateFrom;
        this.dateTo = dateTo;
        this.runBy = runBy;
        this.runAt = runAt;
    }

    public void counts(int created, int moved, int removed, int held, int kept, int unchanged) {
        this.created = created;
        this.moved = moved;
        this.removed = removed;
        this.held = held;
        this.kept = kept;
        this.unchanged = unchanged;
    }

    public Long getSchoolClassId() {
        return schoolClassId;
    }

    public LocalDate getDateFrom() {
        return dateFrom;
    }

    public LocalDate getDateTo() {
        return dateTo;
    }

    public String getRunBy() {
        return runBy;
    }

    public Instant getRunAt() {
        return runAt;
    }

    public int getCreated() {
        return created;
    }

    public int getMoved() {
        return moved;
    }

    public int getRemoved() {
        return removed;
    }

    public int getHeld() {
        return held;
    }

    public int getKept() {
        return kept;
    }

    public int getUnchanged() {
        return unchanged;
    }
}
