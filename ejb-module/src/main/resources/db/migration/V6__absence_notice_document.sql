-- The optional photo of a document (a doctor's note, a parent's statement) that a parent attaches to an
-- advance absence notice. In a table of its own, so that lists of notices never read the image bytes.
-- Same SQL for PostgreSQL 15 and H2 2.2.
CREATE TABLE absence_notice_document (
    id            BIGINT         PRIMARY KEY,
    version       BIGINT         NOT NULL DEFAULT 0,
    school_id     BIGINT         NOT NULL,
    notice_id     BIGINT         NOT NULL,
    file_name     VARCHAR(255)   NOT NULL,
    content_type  VARCHAR(50)    NOT NULL,
    size_bytes    INTEGER        NOT NULL,
    content       BYTEA          NOT NULL,
    uploaded_by   VARCHAR(100)   NOT NULL,
    uploaded_at   TIMESTAMP      NOT NULL,
    CONSTRAINT fk_notice_document_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_notice_document_notice FOREIGN KEY (notice_id) REFERENCES absence_notice (id),
    CONSTRAINT uq_notice_document_notice UNIQUE (notice_id),
    CONSTRAINT ck_notice_document_type CHECK (content_type IN ('image/jpeg', 'image/png')),
    CONSTRAINT ck_notice_document_size CHECK (size_bytes > 0 AND size_bytes <= 5242880)
);
