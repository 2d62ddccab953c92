package ru.ejournal.timetable.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.school.entity.School;

/**
 * The slot the last generation gave a lesson: a generated lesson that no longer stands there (a
 * replacement, a moved lesson) was changed by hand, and generation does not move it back silently.
 * Ids only, so that reading thousands of them loads no other entity.
 */
@Entity
@Table(name = "generated_lesson")
public class GeneratedLesson extends SchoolOwned {

    @Column(name = "lesson_id", nullable = false)
    private Long lessonId;

    @Column(name = "generation_id", nullable = false)
    private Long generationId;

    @Column(name = "planned_date", nullable = false)
    private LocalDate plannedDate;

    @Column(name = "planned_no", nullable = false)
    private int plannedNo;

    @Column(name = "planned_teacher_id", nullable = false)
    private Long plannedTeacherId;

    protected GeneratedLesson() {}

    public GeneratedLesson(
            School school,
            Long lessonId,
            Long generationId,
            LocalDate plannedDate,
            int plannedNo,
            Long plannedTeacherId) {
        super(school);
        this.lessonId = lessonId;
        this.generationId = generationId;
        this.plannedDate = plannedDate;
        this.plannedNo = plannedNo;
        this.plannedTeacherId = plannedTeacherId;
    }

    /** The slot a later generation moved the lesson to. */
    public void replan(Long generationId, LocalDate plannedDate, int plannedNo, Long plannedTeacherId) {
        this.generationId = generationId;
        this.plannedDate = plannedDate;
        this.plannedNo = plannedNo;
        this.plannedTeacherId = plannedTeacherId;
    }

    public Long getLessonId() {
        return lessonId;
    }

    public Long getGenerationId() {
        return generationId;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public int getPlannedNo() {
        return plannedNo;
    }

    public Long getPlannedTeacherId() {
        return plannedTeacherId;
    }
}
