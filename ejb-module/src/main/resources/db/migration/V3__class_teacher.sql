-- The class teacher's workspace (issue 3): parents propose changes to their own data and to their
-- child's address; the class teacher accepts or rejects each field (D3, D5).
-- Portable SQL for PostgreSQL 15 and H2 2.2.

CREATE TABLE data_change_proposal (
    id             BIGINT         PRIMARY KEY,
    version        BIGINT         NOT NULL DEFAULT 0,
    school_id      BIGINT         NOT NULL,
    parent_id      BIGINT         NOT NULL,
    student_id     BIGINT,
    target_type    VARCHAR(30)    NOT NULL,
    target_id      BIGINT         NOT NULL,
    field          VARCHAR(60)    NOT NULL,
    old_value      VARCHAR(500),
    new_value      VARCHAR(500),
    status         VARCHAR(30)    NOT NULL DEFAULT 'OPEN',
    proposed_by    VARCHAR(100)   NOT NULL,
    proposed_at    TIMESTAMP      NOT NULL,
    decided_by     VARCHAR(100),
    decided_at     TIMESTAMP,
    reject_reason  VARCHAR(1000),
    CONSTRAINT fk_data_change_proposal_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_data_change_proposal_parent FOREIGN KEY (parent_id) REFERENCES parent (id),
    CONSTRAINT fk_data_change_proposal_student FOREIGN KEY (student_id) REFERENCES student (id),
    CONSTRAINT ck_data_change_proposal_target CHECK (target_type IN ('Parent', 'Student')),
    CONSTRAINT ck_data_change_proposal_status CHECK (status IN ('OPEN', 'ACCEPTED', 'REJECTED'))
);

CREATE INDEX ix_data_change_proposal_parent ON data_change_proposal (parent_id, status);
CREATE INDEX ix_movement_request_school_status ON movement_request (school_id, status);
CREATE INDEX ix_visit_event_device ON visit_event (device_id, occurred_at);
CREATE INDEX ix_parent_school_name ON parent (school_id, last_name, first_name);
