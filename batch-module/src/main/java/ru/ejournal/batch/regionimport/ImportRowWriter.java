package ru.ejournal.batch.regionimport;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import ru.ejournal.batch.common.Throttle;

/**
 * Runs the chunk's inserts as JDBC batches, one batch per statement, in the order in which the
 * statements first appear (a staff member before their account, an account before its roles).
 * The batches commit with the chunk's checkpoint.
 */
@Named
public class ImportRowWriter extends AbstractItemWriter {

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    DataSource dataSource;

    @Inject
    @BatchProperty
    String throttleMillis;

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> items) throws Exception {
        Map<String, List<Object[]>> bySql = new LinkedHashMap<>();
        for (Object item : items) {
            for (Stmt stmt : (List<Stmt>) item) {
                bySql.computeIfAbsent(stmt.sql(), k -> new ArrayList<>()).add(stmt.params());
            }
        }
        try (Connection c = dataSource.getConnection()) {
            for (Map.Entry<String, List<Object[]>> e : bySql.entrySet()) {
                try (PreparedStatement ps = c.prepareStatement(e.getKey())) {
                    for (Object[] params : e.getValue()) {
                        for (int i = 0; i < params.length; i++) {
                            ps.setObject(i + 1, params[i]);
                        }
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
        }
        Throttle.pause(throttleMillis);
    }
}
