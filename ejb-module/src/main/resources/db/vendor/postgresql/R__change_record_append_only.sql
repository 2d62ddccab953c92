-- change_record is append-only (issue 11): UPDATE, DELETE and TRUNCATE raise an error. A repeatable
-- migration of this database only (DatabaseMigration adds db/vendor/<database>); the versioned schema
-- stays in db/migration for both databases.
CREATE OR REPLACE FUNCTION change_record_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Таблица % только пополняется: изменять и удалять её строки нельзя', TG_TABLE_NAME
        USING ERRCODE = '45000';
END;
$$;

DROP TRIGGER IF EXISTS change_record_append_only ON change_record;
CREATE TRIGGER change_record_append_only BEFORE UPDATE OR DELETE ON change_record
    FOR EACH ROW EXECUTE FUNCTION change_record_append_only();

DROP TRIGGER IF EXISTS change_record_no_truncate ON change_record;
CREATE TRIGGER change_record_no_truncate BEFORE TRUNCATE ON change_record
    FOR EACH STATEMENT EXECUTE FUNCTION change_record_append_only();
