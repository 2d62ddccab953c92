-- change_record is append-only (issue 11): H2 fires a Java trigger that refuses every UPDATE and DELETE.
-- The class is in WildFly's H2 module (h2-triggers, copied there by ear/pom.xml), so H2's own class loader
-- finds it whenever the database opens. A repeatable migration of this database only (DatabaseMigration
-- adds db/vendor/<database>); the versioned schema stays in db/migration for both.
DROP TRIGGER IF EXISTS change_record_append_only;
CREATE TRIGGER change_record_append_only BEFORE UPDATE, DELETE ON change_record
    FOR EACH ROW CALL 'ru.ejournal.h2.AppendOnlyTrigger';
