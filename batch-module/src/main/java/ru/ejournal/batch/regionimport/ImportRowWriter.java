package ru.ejournal.batch.regionimport;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import ru.ejournal.batch.common.Throttle;

/**
 * Runs the chunk's inserts as JDBC batches, one batch per statement, tables in the order of their
 * references (a staff member before their account, a work type before the marks of that type).
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
        List<Map.Entry<String, List<Object[]>>> ordered = new ArrayList<>(bySql.entrySet());
        ordered.sort(Comparator.comparingInt(e -> rank(e.getKey())));
        try (Connection c = dataSource.getConnection()) {
            for (Map.Entry<String, List<Object[]>> e : ordered) {
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

    private static final List<String> TABLES = List.of(
            "school",
            "academic_year",
            "study_period",
            "staff_member",
            "user_account",
            "user_role",
            "school_class",
            "subject",
            "student",
            "parent",
            "student_parent",
            "subgroup",
            "subgroup_member",
            "lesson",
            "absence",
            "work_type",
            "mark",
            "absence_excuse",
            "period_grade",
            "change_record");

    /** Position of the statement's table in reference order ("INSERT INTO table ..."). */
    static int rank(String sql) {
        String table = sql.substring("INSERT INTO ".length()).split("[ (]", 2)[0];
        int rank = TABLES.indexOf(table);
        if (rank < 0) {
            throw new IllegalArgumentException("A table with no loading order: " + table);
        }
        return rank;
    }
}
