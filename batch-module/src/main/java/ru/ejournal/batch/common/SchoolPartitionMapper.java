package ru.ejournal.batch.common;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * One partition per school (all schools, or the one of {@code schoolCode}), in id order so that a
 * restart gets the same partitions back; at most {@code threads} run at once.
 */
@Named
public class SchoolPartitionMapper implements PartitionMapper {

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    DataSource dataSource;

    @Inject
    @BatchProperty
    String schoolCode;

    @Inject
    @BatchProperty
    String threads;

    @Override
    public PartitionPlan mapPartitions() throws Exception {
        List<Long> schools = new ArrayList<>();
        boolean one = schoolCode != null && !schoolCode.isBlank();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        one
                                ? "SELECT id FROM school WHERE code = ? ORDER BY id"
                                : "SELECT id FROM school ORDER BY id")) {
            if (one) {
                ps.setString(1, schoolCode.trim());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    schools.add(rs.getLong(1));
                }
            }
        }
        Properties[] properties = new Properties[schools.size()];
        for (int i = 0; i < schools.size(); i++) {
            properties[i] = new Properties();
            properties[i].setProperty("schoolId", Long.toString(schools.get(i)));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(schools.size());
        int maxThreads = threads == null || threads.isBlank() ? 4 : Integer.parseInt(threads.trim());
        plan.setThreads(Math.max(1, Math.min(maxThreads, schools.size())));
        plan.setPartitionProperties(properties);
        return plan;
    }
}
