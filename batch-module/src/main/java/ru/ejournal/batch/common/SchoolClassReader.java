package ru.ejournal.batch.common;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The classes of one school (the partition's {@code schoolId}) in id order, one item per class.
 * The checkpoint is the id of the last class whose results were committed.
 */
@Named
public class SchoolClassReader extends AbstractItemReader {

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    DataSource dataSource;

    @Inject
    @BatchProperty
    String schoolId;

    private List<Long> classes;
    private int position;
    private Long lastRead;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        classes = new ArrayList<>();
        long after = checkpoint == null ? Long.MIN_VALUE : (Long) checkpoint;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps =
                        c.prepareStatement("SELECT id FROM school_class WHERE school_id = ? AND id > ? ORDER BY id")) {
            ps.setLong(1, Long.parseLong(schoolId));
            ps.setLong(2, after);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    classes.add(rs.getLong(1));
                }
            }
        }
        lastRead = checkpoint == null ? null : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (position >= classes.size()) {
            return null;
        }
        lastRead = classes.get(position++);
        return lastRead;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead;
    }
}
