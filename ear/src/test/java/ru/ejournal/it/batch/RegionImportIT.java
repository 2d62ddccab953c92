package ru.ejournal.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.batch.operations.BatchJobs;
import ru.ejournal.batch.operations.BatchSchedules;
import ru.ejournal.batch.operations.ExecutionSummary;
import ru.ejournal.batch.operations.Schedule;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.RegionAdmins;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;

/** region-import loads a generated region, reports bad rows with line and reason, adds nothing twice. */
@ExtendWith(ArquillianExtension.class)
class RegionImportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    BatchJobs jobs;

    @Inject
    TestSchools schools;

    @Inject
    Tx tx;

    @Inject
    BatchSchedules schedules;

    @Inject
    RegionAdmins regionAdmins;

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    DataSource dataSource;

    @Test
    @DisplayName(
            "Importing region S loads every good row, reports each bad row by line, and a re-run adds no duplicates")
    void importsRegionAndReportsBadRows() throws Exception {
        Fixture f = schools.create();
        String prefix = "imp" + UUID.randomUUID().toString().substring(0, 6);
        Path dir = Files.createTempDirectory("region-s");
        RegionGenerator.generate("S", dir, prefix, 7L);
        RegionFiles files = new RegionFiles(dir);
        String school = prefix + "001";
        long badStudent = files.append("students.csv", school + ",X0001,99Я,Иванов,Иван,,2014-01-01,M");
        long badLesson =
                files.append("lessons.csv", school + ",LBAD1,5А,,MATH," + school + "-t01,2025-13-01,1,Тема,true");
        long badMark = files.append("marks.csv", school + ",L000001,S00001,7,ORAL,1");
        long badAbsence = files.append("absences.csv", school + ",L000001,S99999,Н");

        String region = regionAdmins.create();
        List<String> keysAndIndexes = keysAndIndexes();
        ExecutionSummary first = JobRuns.run(
                jobs,
                region,
                RegionAdmins.ROLES,
                BatchJobs.REGION_IMPORT,
                Map.of("inputDir", dir.toString(), "chunkSize", "200"));

        assertEquals("COMPLETED", first.batchStatus(), first.toString());
        assertEquals(4, first.skipped());
        Map<String, Long> expected = Map.of(
                "student",
                (long) files.rows("students.csv").size() - 1,
                "lesson",
                (long) files.rows("lessons.csv").size() - 1,
                "mark",
                (long) files.rows("marks.csv").size() - 1,
                "absence",
                (long) files.rows("absences.csv").size() - 1,
                "absence_excuse",
                (long) files.rows("excuses.csv").size(),
                "period_grade",
                (long) files.rows("period_grades.csv").size(),
                "student_parent",
                (long) files.rows("student_parents.csv").size(),
                "school_class",
                (long) files.rows("classes.csv").size());
        assertEquals(expected, counts(school));
        assertEquals(files.rows("subgroup_members.csv").size(), memberCount(school));
        assertEquals(keysAndIndexes, keysAndIndexes(), "a load that drops keys and indexes (BulkLoad) makes them anew");

        List<String> report = Files.readAllLines(
                Caller.as(region, RegionAdmins.ROLES, () -> jobs.exportFile(first.executionId())),
                StandardCharsets.UTF_8);
        assertEquals("file,line,reason", report.get(0));
        assertEquals(5, report.size(), report.toString());
        assertReported(report, "students.csv", badStudent, "class_code");
        assertReported(report, "lessons.csv", badLesson, "дата");
        assertReported(report, "absences.csv", badAbsence, "student_code");
        assertReported(report, "marks.csv", badMark, "от 1 до 5");

        ExecutionSummary again = JobRuns.run(
                jobs, region, RegionAdmins.ROLES, BatchJobs.REGION_IMPORT, Map.of("inputDir", dir.toString()));

        assertEquals("COMPLETED", again.batchStatus());
        assertEquals(expected, counts(school));
        assertEquals(0, again.written(), "a re-run writes nothing new");
    }

    @Test
    @DisplayName("Only an administrator may start an import")
    void onlyAdminStartsJobs() {
        Fixture f = schools.create();
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(
                        f.deputy(),
                        Fixture.DEPUTY,
                        () -> jobs.start(BatchJobs.REGION_IMPORT, Map.of("inputDir", "/nonexistent"))));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(
                        f.classTeacherA(),
                        Fixture.CLASS_TEACHER,
                        () -> jobs.executions(BatchJobs.REGION_IMPORT, 0, 10)));
    }

    @Test
    @DisplayName(
            "The region admin moves the weekly reconciliation to another day and hour; its timer follows; a school's"
                    + " admin and deputy are refused")
    void adminEditsSchedule() throws Exception {
        Fixture f = schools.create();
        String region = regionAdmins.create();
        try {
            Schedule saved = Caller.as(
                    region, RegionAdmins.ROLES, () -> schedules.update(BatchJobs.RECONCILIATION, true, "Tue", 4, 30));

            ZonedDateTime next = saved.nextRun().atZone(ZoneId.systemDefault());
            assertEquals(DayOfWeek.TUESDAY, next.getDayOfWeek());
            assertEquals(4, next.getHour());
            assertEquals(30, next.getMinute());
            Schedule listed = Caller.as(f.admin(), Fixture.ADMIN, () -> schedules.schedules()).stream()
                    .filter(s -> s.jobName().equals(BatchJobs.RECONCILIATION))
                    .findFirst()
                    .orElseThrow();
            assertEquals(saved.nextRun(), listed.nextRun());
            assertThrows(
                    EJBAccessException.class,
                    () -> Caller.run(
                            f.deputy(),
                            Fixture.DEPUTY,
                            () -> schedules.update(BatchJobs.RECONCILIATION, false, "Mon", 2, 0)));
            assertThrows(
                    EJBAccessException.class,
                    () -> Caller.run(
                            f.admin(),
                            Fixture.ADMIN,
                            () -> schedules.update(BatchJobs.RECONCILIATION, false, "Mon", 2, 0)),
                    "only the region administrator edits the schedules");
            assertThrows(
                    BusinessException.class,
                    () -> Caller.run(
                            region,
                            RegionAdmins.ROLES,
                            () -> schedules.update(BatchJobs.RECONCILIATION, true, "Mon", 25, 0)));
        } finally {
            Caller.run(region, RegionAdmins.ROLES, () -> schedules.update(BatchJobs.RECONCILIATION, true, "Mon", 2, 0));
        }
    }

    private static void assertReported(List<String> report, String file, long line, String reasonPart) {
        assertTrue(
                report.stream().anyMatch(r -> r.startsWith(file + "," + line + ",") && r.contains(reasonPart)),
                () -> file + ":" + line + " not in " + report);
    }

    /** PostgreSQL: the keys (validated or not) and indexes of the tables the import loads (H2: none). */
    private List<String> keysAndIndexes() throws SQLException {
        String tables = "'student', 'parent', 'student_parent', 'subgroup_member', 'lesson', 'absence', 'mark',"
                + " 'absence_excuse', 'period_grade', 'change_record'";
        List<String> definitions = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            if (c.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
                try (ResultSet rs = s.executeQuery("SELECT CAST(conrelid AS regclass) || ' ' || conname || ' '"
                        + " || pg_get_constraintdef(oid) || ' validated ' || convalidated FROM pg_constraint"
                        + " WHERE CAST(CAST(conrelid AS regclass) AS text) IN (" + tables + ") UNION ALL"
                        + " SELECT indexdef FROM pg_indexes WHERE tablename IN (" + tables + ") ORDER BY 1")) {
                    while (rs.next()) {
                        definitions.add(rs.getString(1));
                    }
                }
            }
        }
        return definitions;
    }

    private Map<String, Long> counts(String schoolCode) {
        return tx.call(em -> {
            Map<String, Long> counts = new java.util.HashMap<>();
            for (String table : List.of(
                    "student",
                    "lesson",
                    "mark",
                    "absence",
                    "absence_excuse",
                    "period_grade",
                    "student_parent",
                    "school_class")) {
                counts.put(
                        table,
                        count(
                                em,
                                "SELECT COUNT(*) FROM " + table + " t JOIN school s ON s.id = t.school_id"
                                        + " WHERE s.code = ?1",
                                schoolCode));
            }
            return counts;
        });
    }

    private long memberCount(String schoolCode) {
        return tx.call(em -> count(
                em,
                "SELECT COUNT(*) FROM subgroup_member m JOIN subgroup g ON g.id = m.subgroup_id"
                        + " JOIN school s ON s.id = g.school_id WHERE s.code = ?1",
                schoolCode));
    }

    private static long count(EntityManager em, String sql, String schoolCode) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, schoolCode).getSingleResult()).longValue();
    }
}
