package ru.ejournal.batch.regionimport;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.ejournal.batch.common.Sql;
import ru.ejournal.common.control.Texts;

/**
 * The change history ({@code change_record}, as {@code ChangeHistory} writes it) of what the import
 * creates, inserted in the chunk's JDBC batches with the records themselves, author {@value #CHANGED_BY},
 * the reason naming the job instance, the file and the line. Personal data (a student, a parent, a
 * staff member, a student's parent link) get a row per filled field, as a new record's history has; a
 * mark, a period grade and an absence get the one row of their value (their lesson, student and work
 * type are what the record is, and the import changes none of them). Only inserts: the history is
 * append-only.
 */
final class ImportHistory {

    static final String CHANGED_BY = "region-import";

    static final String INSERT = "INSERT INTO change_record (id, school_id, entity_type, entity_id, field,"
            + " new_value, changed_by, changed_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final ImportLookups lookups;
    private final long jobInstance;

    ImportHistory(ImportLookups lookups, long jobInstance) {
        this.lookups = lookups;
        this.jobInstance = jobInstance;
    }

    /** The history of a new record: a row for each field that has a value. */
    void created(ImportRow row, Connection c, List<Stmt> out, long school, String type, long id, Map<String, ?> fields)
            throws SQLException {
        String reason = Texts.text("batch.import.history", jobInstance, row.file(), row.line());
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            if (field.getValue() != null) {
                out.add(new Stmt(
                        INSERT,
                        lookups.nextId(c),
                        school,
                        type,
                        id,
                        field.getKey(),
                        field.getValue().toString(),
                        CHANGED_BY,
                        Sql.nowUtc(),
                        reason));
            }
        }
    }

    /** Field names and values in the order given (null values are left out of the history). */
    static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }
}
