package ru.ejournal.h2;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * Refuses every UPDATE and DELETE of a row of the table it is created on (H2 has no procedural
 * triggers): {@code CREATE TRIGGER … BEFORE UPDATE, DELETE ON change_record FOR EACH ROW CALL
 * 'ru.ejournal.h2.AppendOnlyTrigger'}. The change history is append-only in the database itself, so no
 * code path, script or console can rewrite who changed what. SQLSTATE 45000 with the table's name.
 */
public class AppendOnlyTrigger implements Trigger {

    private String table;

    @Override
    public void init(
            Connection connection, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(
                "Таблица " + table + " только пополняется: изменять и удалять её строки нельзя", "45000");
    }
}
