-- Staging of region-import (batch-module, regionimport.StagedLoad): the checked records of one exchange
-- file, copied in (COPY on PostgreSQL, JDBC batches on H2) chunk by chunk with the job's checkpoints,
-- then resolved and inserted with a few INSERT ... SELECT when the file's last chunk commits, and
-- deleted in that same transaction. Rows of a job instance and file; c1..c10 are the file's fields
-- in the order of its header (checked and normalized; NULL for an empty optional field); id is the
-- first of the ids reserved for the row (the record, its change history, a new work type).
-- Same SQL for PostgreSQL 15 and H2 2.2.
CREATE TABLE import_stage (
    job_instance_id  BIGINT        NOT NULL,
    file_name        VARCHAR(100)  NOT NULL,
    line_no          BIGINT        NOT NULL,
    id               BIGINT        NOT NULL,
    c1               VARCHAR,
    c2               VARCHAR,
    c3               VARCHAR,
    c4               VARCHAR,
    c5               VARCHAR,
    c6               VARCHAR,
    c7               VARCHAR,
    c8               VARCHAR,
    c9               VARCHAR,
    c10              VARCHAR
);
