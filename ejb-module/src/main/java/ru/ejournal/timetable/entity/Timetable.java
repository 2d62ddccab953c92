package ru.ejournal.timetable.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.ejournal.common.entity.Audited;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.school.entity.SchoolClass;

/**
 * Расписание класса: one version of a class's weekly timetable, in force from {@code validFrom} until the
 * next version of the same class begins (or the class's year ends). Old versions are kept. A draft (a
 * copy made at year end) is not in force until the administrator approves it.
 */
@Entity
@Table(name = "timetable")
@NamedQueries({
    @NamedQuery(
            name = "Timetable.findByClass",
            query = "SELECT t FROM Timetable t WHERE t.schoolClass.id = :schoolClassId ORDER BY t.validFrom"),
    @NamedQuery(
            name = "Timetable.findByClassAndDate",
            query = "SELECT t FROM Timetable t WHERE t.schoolClass.id = :schoolClassId AND t.draft = FALSE"
                    + " AND t.validFrom <= :date ORDER BY t.validFrom DESC")
})
public class Timetable extends SchoolOwned implements Audited {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_class_id", nullable = false)
    private SchoolClass schoolClass;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "draft", nullable = false)
    private boolean draft;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Timetable() {}

    public Timetable(SchoolClass schoolClass, LocalDate validFrom, boolean draft, String createdBy, Instant createdAt) {
        super(schoolClass.getSchool());
        this.schoolClass = schoolClass;
        this.validFrom = validFrom;
        this.draft = draft;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    @Override
    public String auditType() {
        return "Timetable";
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("schoolClass", Audited.text(schoolClass));
        fields.put("validFrom", Audited.text(validFrom));
        fields.put("draft", Audited.text(draft));
        return fields;
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public boolean isDraft() {
        return draft;
    }

    public void setDraft(boolean draft) {
        this.draft = draft;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
