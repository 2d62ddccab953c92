package ru.ejournal.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.batch.operations.BatchJobs;
import ru.ejournal.batch.operations.BatchSchedules;
import ru.ejournal.batch.operations.ExecutionSummary;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.RegionAdmins;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.security.control.AccessDeniedException;

/**
 * The school scope of the batch jobs (issue 10 §4): a school administrator imports, runs, sees,
 * stops, restarts and exports only their own school's jobs; the region administrator everything.
 */
@ExtendWith(ArquillianExtension.class)
class BatchScopeIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    BatchJobs jobs;

    @Inject
    BatchSchedules schedules;

    @Inject
    TestSchools schools;

    @Inject
    RegionAdmins regionAdmins;

    @Inject
    Tx tx;

    @Test
    @DisplayName("A school admin importing marks of another school: each such row is refused into the error report with"
            + " file, line and reason, nothing of the other school changes, a new school is not created")
    void schoolAdminImportsOnlyOwnSchool() throws Exception {
        Fixture f = schools.create();
        String region = regionAdmins.create();
        String prefix = "scp" + UUID.randomUUID().toString().substring(0, 6);
        Path regionDir = Files.createTempDirectory("region-scope");
        RegionGenerator.generate("S", regionDir, prefix, 21L);
        String other = prefix + "001";
        ExecutionSummary loaded = JobRuns.run(
                jobs, region, RegionAdmins.ROLES, BatchJobs.REGION_IMPORT, Map.of("inputDir", regionDir.toString()));
        assertEquals("COMPLETED", loaded.batchStatus(), loaded.toString());
        String own = code(f.schoolId());
        long otherMarks = count("mark", other);
        String lesson = new RegionFiles(regionDir).rows("lessons.csv").get(0).get("lesson_code");
        String student = new RegionFiles(regionDir).rows("students.csv").get(0).get("student_code");

        Path dir = Files.createTempDirectory("school-scope");
        String newSchool = "new" + UUID.randomUUID().toString().substring(0, 6);
        Files.writeString(
                dir.resolve("schools.csv"),
                "school_code,name\n" + newSchool + ",Новая школа\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("subjects.csv"),
                "school_code,subject_code,name,grading\n" + own + ",BIO,Биология,MARKS\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("marks.csv"),
                "school_code,lesson_code,student_code,value,work_type,weight\n"
                        + other + "," + lesson + "," + student + ",5,SCOPE,2\n"
                        + other + "," + lesson + "," + student + ",2,SCOPE2,1\n",
                StandardCharsets.UTF_8);

        ExecutionSummary run = JobRuns.run(
                jobs, f.admin(), Fixture.ADMIN, BatchJobs.REGION_IMPORT, Map.of("inputDir", dir.toString()));

        assertEquals("COMPLETED", run.batchStatus(), run.toString());
        assertEquals(3, run.skipped(), "the new school and both marks of the other school");
        assertEquals(own, run.parameters().getProperty("schoolCode"), "the import is scoped to the admin's school");
        List<String> report = Files.readAllLines(
                Caller.as(f.admin(), Fixture.ADMIN, () -> jobs.exportFile(run.executionId())), StandardCharsets.UTF_8);
        assertTrue(
                report.contains("marks.csv,2,строка школы «" + other
                        + "»: администратор школы загружает только свою школу «" + own
                        + "»; другие школы и новые школы загружает администратор региона"),
                report.toString());
        assertTrue(
                report.stream().anyMatch(l -> l.startsWith("marks.csv,3,строка школы «" + other)), report.toString());
        assertTrue(
                report.stream().anyMatch(l -> l.startsWith("schools.csv,2,строка школы «" + newSchool)),
                report.toString());
        assertEquals(otherMarks, count("mark", other), "nothing of the other school changes");
        assertEquals(
                Long.valueOf(0),
                tx.<Long>call(em -> em.createQuery("select count(s) from School s where s.code = :c", Long.class)
                        .setParameter("c", newSchool)
                        .getSingleResult()),
                "only the region administrator creates schools");
        assertEquals(
                Long.valueOf(1),
                tx.<Long>call(em -> em.createQuery(
                                "select count(s) from Subject s where s.school.id = :s and s.code = 'BIO'", Long.class)
                        .setParameter("s", f.schoolId())
                        .getSingleResult()),
                "the admin's own rows load");
    }

    @Test
    @DisplayName(
            "A school admin runs jobs only for their school, and sees, stops, restarts and exports only its executions;"
                    + " the region admin sees and manages all")
    void schoolAdminManagesOnlyOwnExecutions() throws Exception {
        Fixture f = schools.create();
        String region = regionAdmins.create();
        String own = code(f.schoolId());
        String other = code(f.otherSchoolId());
        Map<String, String> week = Map.of("from", "2025-10-20", "to", "2025-10-26");

        AccessDeniedException refused = assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        f.admin(),
                        Fixture.ADMIN,
                        () -> jobs.start(
                                BatchJobs.RECONCILIATION,
                                Map.of("from", "2025-10-20", "to", "2025-10-26", "schoolCode", other))));
        assertTrue(refused.getMessage().contains("только для своей школы"), refused.getMessage());
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        f.admin(),
                        Fixture.ADMIN,
                        () -> jobs.start(BatchJobs.ANALYTICS, Map.of("periodCode", "Q1", "schoolCode", other))));

        ExecutionSummary ownRun = JobRuns.run(jobs, f.admin(), Fixture.ADMIN, BatchJobs.RECONCILIATION, week);
        assertEquals(own, ownRun.parameters().getProperty("schoolCode"), "a school admin's job runs for their school");
        ExecutionSummary otherRun =
                JobRuns.run(jobs, f.otherSchoolAdmin(), Fixture.ADMIN, BatchJobs.RECONCILIATION, week);
        ExecutionSummary regionRun = JobRuns.run(jobs, region, RegionAdmins.ROLES, BatchJobs.RECONCILIATION, week);
        assertEquals(null, regionRun.parameters().getProperty("schoolCode"), "the region admin's runs region-wide");

        for (long foreign : List.of(otherRun.executionId(), regionRun.executionId())) {
            assertThrows(
                    AccessDeniedException.class,
                    () -> Caller.run(f.admin(), Fixture.ADMIN, () -> jobs.execution(foreign)));
            assertThrows(
                    AccessDeniedException.class,
                    () -> Caller.run(f.admin(), Fixture.ADMIN, () -> jobs.exportFile(foreign)));
            assertThrows(
                    AccessDeniedException.class, () -> Caller.run(f.admin(), Fixture.ADMIN, () -> jobs.stop(foreign)));
            assertThrows(
                    AccessDeniedException.class,
                    () -> Caller.run(f.admin(), Fixture.ADMIN, () -> jobs.restart(foreign)));
        }
        List<Long> listed =
                Caller.as(f.admin(), Fixture.ADMIN, () -> jobs.executions(BatchJobs.RECONCILIATION, 0, 50)).stream()
                        .map(ExecutionSummary::executionId)
                        .toList();
        assertEquals(List.of(ownRun.executionId()), listed, "only the own school's execution is listed");
        assertEquals(1, (int) Caller.as(f.admin(), Fixture.ADMIN, () -> jobs.instanceCount(BatchJobs.RECONCILIATION)));
        assertTrue(Files.exists(Caller.as(f.admin(), Fixture.ADMIN, () -> jobs.exportFile(ownRun.executionId()))));

        List<Long> all =
                Caller.as(region, RegionAdmins.ROLES, () -> jobs.executions(BatchJobs.RECONCILIATION, 0, 1000)).stream()
                        .map(ExecutionSummary::executionId)
                        .toList();
        assertTrue(
                all.containsAll(List.of(ownRun.executionId(), otherRun.executionId(), regionRun.executionId())),
                "the region admin sees every execution");
        assertEquals(
                "COMPLETED",
                Caller.as(region, RegionAdmins.ROLES, () -> jobs.execution(otherRun.executionId()))
                        .batchStatus());
        assertTrue(Files.exists(Caller.as(region, RegionAdmins.ROLES, () -> jobs.exportFile(otherRun.executionId()))));
    }

    @Test
    @DisplayName("Only the region admin edits the job schedules; a school admin reads them")
    void onlyRegionAdminEditsSchedules() throws Exception {
        Fixture f = schools.create();
        String region = regionAdmins.create();
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(
                        f.admin(), Fixture.ADMIN, () -> schedules.update(BatchJobs.ANALYTICS, false, "*", 3, 0)));
        assertTrue(!Caller.as(f.admin(), Fixture.ADMIN, () -> schedules.schedules())
                .isEmpty());
        Caller.run(region, RegionAdmins.ROLES, () -> schedules.update(BatchJobs.ANALYTICS, true, "*", 3, 0));
    }

    private String code(long schoolId) {
        return tx.call(em -> em.createQuery("select s.code from School s where s.id = :id", String.class)
                .setParameter("id", schoolId)
                .getSingleResult());
    }

    private long count(String table, String schoolCode) {
        return tx.call(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table
                                + " t JOIN school s ON s.id = t.school_id WHERE s.code = ?1")
                        .setParameter(1, schoolCode)
                        .getSingleResult())
                .longValue());
    }
}
