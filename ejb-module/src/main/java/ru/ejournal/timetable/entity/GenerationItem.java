package ru.ejournal.timetable.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.school.entity.School;

/**
 * A lesson that a generation moved, removed, or held for the administrator because it has marks,
 * absences, a topic or homework, or was changed by hand. A held lesson waits for a decision: keep it
 * as it is, or cancel it with a reason.
 */
@Entity
@Table(name = "lesson_generation_item")
@NamedQueries({
    @NamedQuery(
            name = "GenerationItem.findPending",
            query = "SELECT i FROM GenerationItem i WHERE i.school.id = :schoolId AND i.action = :held"
                    + " AND i.decision IS NULL ORDER BY i.lessonDate, i.lessonNo, i.id"),
    @NamedQuery(
            name = "GenerationItem.findByGeneration",
            query = "SELECT i FROM GenerationItem i WHERE i.generationId = :generationId"
                    + " ORDER BY i.lessonDate, i.lessonNo, i.id")
})
public class GenerationItem extends SchoolOwned {

    /** What the generation did with the lesson. */
    public enum Action {
        MOVED,
        REMOVED,
        HELD
    }

    /** The administrator's decision on a held lesson; SUPERSEDED when a later generation held it again. */
    public enum Decision {
        KEEP,
        CANCEL,
        SUPERSEDED
    }

    @Column(name = "generation_id", nullable = false)
    private Long generationId;

    @Column(name = "lesson_id", nullable = false)
    private Long lessonId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 20)
    private Action action;

    @Column(name = "school_class_id", nullable = false)
    private Long schoolClassId;

    @Column(name = "lesson_date", nullable = false)
    private LocalDate lessonDate;

    @Column(name = "lesson_no", nullable = false)
    private int lessonNo;

    /** The lesson as it stood: «7Б, Математика, Иванова М. П.». */
    @Column(name = "description", nullable = false, length = 500)
    private String description;

    /** What the timetable wanted instead: «перенести на 12.01.2027, 3-й урок» or «удалить». */
    @Column(name = "proposal", length = 500)
    private String proposal;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 20)
    private Decision decision;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected GenerationItem() {}

    public GenerationItem(
            School school,
            Long generationId,
            Long lessonId,
            Action action,
            Long schoolClassId,
            LocalDate lessonDate,
            int lessonNo,
            String description,
            String proposal) {
        super(school);
        this.generationId = generationId;
        this.lessonId = lessonId;
        this.action = action;
        this.schoolClassId = schoolClassId;
        this.lessonDate = lessonDate;
        this.lessonNo = lessonNo;
        this.description = description;
        this.proposal = proposal;
    }

    public void decide(Decision decision, String reason, String decidedBy, Instant decidedAt) {
        this.decision = decision;
        this.decisionReason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long getGenerationId() {
        return generationId;
    }

    public Long getLessonId() {
        return lessonId;
    }

    public Action getAction() {
        return action;
    }

    public Long getSchoolClassId() {
        return schoolClassId;
    }

    public LocalDate getLessonDate() {
        return lessonDate;
    }

    public int getLessonNo() {
        return lessonNo;
    }

    public String getDescription() {
        return description;
    }

    public String getProposal() {
        return proposal;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
