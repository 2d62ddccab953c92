package ru.ejournal.regulation.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.school.entity.School;

/** A version of the school's Regulation on the electronic journal and diary (Положение об ЭЖ/ЭД). */
@Entity
@Table(name = "regulation_version")
@NamedQueries({
    @NamedQuery(
            name = "RegulationVersion.findCurrent",
            query = "SELECT r FROM RegulationVersion r WHERE r.school.id = :schoolId AND r.current = TRUE")
})
public class RegulationVersion extends SchoolOwned {

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "body")
    private String body;

    /** The signed document as PDF, if uploaded; loaded only when read (with weaving). */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf")
    private byte[] pdf;

    /** Null while the version is a draft. */
    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 100)
    private String publishedBy;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    protected RegulationVersion() {}

    public RegulationVersion(School school, String title, String body) {
        super(school);
        this.title = title;
        this.body = body;
    }

    public void publish(String by, Instant at) {
        this.publishedBy = by;
        this.publishedAt = at;
        this.current = true;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public byte[] getPdf() {
        return pdf;
    }

    public void setPdf(byte[] pdf) {
        this.pdf = pdf;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public void setPublishedBy(String publishedBy) {
        this.publishedBy = publishedBy;
    }

    public boolean isCurrent() {
        return current;
    }

    public void setCurrent(boolean current) {
        this.current = current;
    }
}
