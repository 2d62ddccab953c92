package ru.ejournal.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.security.entity.UserAccount;

/** A class teacher's report to the deputy director on the journal violations in their class (D7). */
@Entity
@Table(name = "violation_report")
@NamedQueries({
    @NamedQuery(
            name = "ViolationReport.findBySchool",
            query =
                    "SELECT r FROM ViolationReport r WHERE r.school.id = :schoolId ORDER BY r.createdAt DESC, r.id DESC"),
    @NamedQuery(
            name = "ViolationReport.countBySchool",
            query = "SELECT COUNT(r) FROM ViolationReport r WHERE r.school.id = :schoolId")
})
public class ViolationReport extends SchoolOwned {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "school_class_id", nullable = false)
    private SchoolClass schoolClass;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id", nullable = false)
    private UserAccount author;

    @Column(name = "comment_text", nullable = false, length = 2000)
    private String comment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "violation_count", nullable = false)
    private int violationCount;

    @Column(name = "read_at")
    private Instant readAt;

    @ManyToMany
    @JoinTable(
            name = "violation_report_item",
            joinColumns = @JoinColumn(name = "report_id", nullable = false),
            inverseJoinColumns = @JoinColumn(name = "violation_id", nullable = false))
    private Set<Violation> violations = new HashSet<>();

    protected ViolationReport() {}

    public ViolationReport(SchoolClass schoolClass, UserAccount author, String comment, Instant createdAt) {
        super(schoolClass.getSchool());
        this.schoolClass = schoolClass;
        this.author = author;
        this.comment = comment;
        this.createdAt = createdAt;
    }

    public SchoolClass getSchoolClass() {
        return schoolClass;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public String getComment() {
        return comment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getViolationCount() {
        return violationCount;
    }

    public void setViolationCount(int violationCount) {
        this.violationCount = violationCount;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public void setReadAt(Instant readAt) {
        this.readAt = readAt;
    }

    public Set<Violation> getViolations() {
        return violations;
    }
}
