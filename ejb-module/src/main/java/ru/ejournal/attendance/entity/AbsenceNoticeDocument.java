package ru.ejournal.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import ru.ejournal.common.entity.SchoolOwned;

/**
 * The photo of a document attached to a parent's absence notice. Kept apart from {@link AbsenceNotice}
 * (which does not know it), so that lists of notices never read the image bytes.
 */
@Entity
@Table(name = "absence_notice_document")
public class AbsenceNoticeDocument extends SchoolOwned {

    /** The largest photo a parent may attach, in bytes (5 MB). */
    public static final int MAX_SIZE = 5 * 1024 * 1024;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "notice_id", nullable = false, updatable = false)
    private AbsenceNotice notice;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 50)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected AbsenceNoticeDocument() {}

    public AbsenceNoticeDocument(
            AbsenceNotice notice,
            String fileName,
            String contentType,
            byte[] content,
            String uploadedBy,
            Instant uploadedAt) {
        super(notice.getSchool());
        this.notice = notice;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public AbsenceNotice getNotice() {
        return notice;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
