package ru.ejournal.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import ru.ejournal.batch.operations.ExecutionSummary;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.RegionAdmins;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.operations.boundary.AnalyticsRow;
import ru.ejournal.operations.boundary.FindingView;
import ru.ejournal.operations.boundary.PeriodAnalyticsResults;
import ru.ejournal.operations.boundary.ReconciliationFindings;
import ru.ejournal.security.control.AccessDeniedException;

/**
 * attendance-reconciliation and period-analytics on an imported region S: their exports equal the
 * expectations the test computes from the exchange files by itself ({@link Expected}).
 */
@ExtendWith(ArquillianExtension.class)
class ReconciliationAndAnalyticsIT {

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
    RegionAdmins regionAdmins;

    @Inject
    ReconciliationFindings findings;

    @Inject
    PeriodAnalyticsResults analytics;

    @Test
    @DisplayName(
            "Reconciliation finds exactly the expected discrepancies, applies excuses with history, and a second run changes nothing")
    void reconciliationMatchesIndependentExpectations() throws Exception {
        Fixture f = schools.create();
        Region region = importRegion(f, 11L);
        Map<String, String> range = Map.of("schoolCode", region.school(), "from", "2025-09-01", "to", "2025-10-26");

        ExecutionSummary first = JobRuns.run(jobs, region(), RegionAdmins.ROLES, BatchJobs.RECONCILIATION, range);

        assertEquals("COMPLETED", first.batchStatus(), first.toString());
        List<String> expected = new Expected(region.files()).findings();
        List<String> exported = export(f, first);
        assertEquals("school_code,class_code,student_code,date,lesson_code,finding", exported.get(0));
        assertEquals(expected, exported.subList(1, exported.size()));
        long applied =
                expected.stream().filter(l -> l.endsWith(",EXCUSE_APPLIED")).count();
        assertTrue(
                applied > 0
                        && expected.stream().anyMatch(l -> l.endsWith(",SUSPECTED_TRUANCY"))
                        && expected.stream().anyMatch(l -> l.endsWith(",EXCUSE_CONFLICT")),
                "the region exercises every rule");
        assertEquals(applied, history(region.school()), "each corrected absence has its change record");

        ExecutionSummary second = JobRuns.run(jobs, region(), RegionAdmins.ROLES, BatchJobs.RECONCILIATION, range);

        assertEquals("COMPLETED", second.batchStatus());
        assertEquals(exported, export(f, second), "a second run yields the same findings");
        assertEquals(applied, history(region.school()), "no correction is applied twice");
    }

    @Test
    @DisplayName("Period analytics gives the expected figures per class and subject, before and after reconciliation")
    void analyticsMatchesIndependentExpectations() throws Exception {
        Fixture f = schools.create();
        Region region = importRegion(f, 12L);
        Map<String, String> q1 = Map.of("schoolCode", region.school(), "periodCode", "Q1");

        ExecutionSummary run = JobRuns.run(jobs, region(), RegionAdmins.ROLES, BatchJobs.ANALYTICS, q1);

        assertEquals("COMPLETED", run.batchStatus(), run.toString());
        List<String> exported = export(f, run);
        assertEquals(
                "school_code,class_code,subject_code,period_code,students,average_mark,success_rate,"
                        + "quality_rate,missed,missed_ill,missed_excused,missed_unexcused,late",
                exported.get(0));
        Expected expected = new Expected(region.files());
        assertEquals(expected.analytics(false), exported.subList(1, exported.size()));

        JobRuns.run(
                jobs,
                region(),
                RegionAdmins.ROLES,
                BatchJobs.RECONCILIATION,
                Map.of("schoolCode", region.school(), "from", "2025-09-01", "to", "2025-10-26"));
        ExecutionSummary again = JobRuns.run(jobs, region(), RegionAdmins.ROLES, BatchJobs.ANALYTICS, q1);

        List<String> after = export(f, again);
        assertEquals(expected.analytics(true), after.subList(1, after.size()), "counted on the stored codes");
    }

    @Test
    @DisplayName("The class teacher lists and settles the findings of their class and is refused another class")
    void classTeacherSettlesOwnFindings() throws Exception {
        Fixture f = schools.create();
        long own = finding(f.schoolId(), f.classA(), f.studentA(), "UNEXPLAINED_ABSENCE");
        long other = finding(f.schoolId(), f.classB(), f.studentB(), "UNEXPLAINED_ABSENCE");
        LocalDate today = LocalDate.now();

        List<FindingView> listed = Caller.as(
                f.classTeacherA(),
                Fixture.CLASS_TEACHER,
                () -> findings.ofClass(f.classA(), today.minusDays(7), today, true));
        Caller.run(f.classTeacherA(), Fixture.CLASS_TEACHER, () -> findings.settle(own, "Справка принесена"));

        assertEquals(List.of(own), listed.stream().map(FindingView::id).toList());
        assertTrue(Caller.as(
                        f.classTeacherA(),
                        Fixture.CLASS_TEACHER,
                        () -> findings.ofClass(f.classA(), today.minusDays(7), today, true))
                .isEmpty());
        assertEquals(
                "SETTLED",
                Caller.as(
                                f.classTeacherA(),
                                Fixture.CLASS_TEACHER,
                                () -> findings.ofClass(f.classA(), today.minusDays(7), today, false))
                        .get(0)
                        .status());
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        f.classTeacherA(), Fixture.CLASS_TEACHER, () -> findings.settle(other, "чужой класс")));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        f.classTeacherA(),
                        Fixture.CLASS_TEACHER,
                        () -> findings.ofClass(f.classB(), today.minusDays(7), today, true)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(
                        f.parentA(),
                        Fixture.PARENT,
                        () -> findings.ofClass(f.classA(), today.minusDays(7), today, true)));
    }

    @Test
    @DisplayName("The class teacher reads the analytics of their class, the deputy of the school; others are refused")
    void analyticsVisibleToClassTeacherAndDeputy() throws Exception {
        Fixture f = schools.create();
        long period = tx.call(em -> ((Number) em.createNativeQuery("SELECT id FROM study_period WHERE school_id = ?1")
                        .setParameter(1, f.schoolId())
                        .getSingleResult())
                .longValue());
        long subject = tx.call(em -> ((Number) em.createNativeQuery("SELECT id FROM subject WHERE school_id = ?1")
                        .setParameter(1, f.schoolId())
                        .getSingleResult())
                .longValue());
        analyticsRow(f.schoolId(), f.classA(), subject, period, "4.25");
        analyticsRow(f.schoolId(), f.classB(), subject, period, "3.10");

        List<AnalyticsRow> own =
                Caller.as(f.classTeacherA(), Fixture.CLASS_TEACHER, () -> analytics.ofClass(f.classA(), period));
        List<AnalyticsRow> school =
                Caller.as(f.deputy(), Fixture.DEPUTY, () -> analytics.ofSchool(f.schoolId(), period));

        assertEquals(1, own.size());
        assertEquals(new java.math.BigDecimal("4.25"), own.get(0).averageMark());
        assertEquals(2, school.size());
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        f.classTeacherA(), Fixture.CLASS_TEACHER, () -> analytics.ofClass(f.classB(), period)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(
                        f.classTeacherA(), Fixture.CLASS_TEACHER, () -> analytics.ofSchool(f.schoolId(), period)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        f.otherSchoolDeputy(), Fixture.DEPUTY, () -> analytics.ofSchool(f.schoolId(), period)));
        // the period choice of the screens: staff of the school only
        assertEquals(f.schoolId(), Caller.as(f.deputy(), Fixture.DEPUTY, () -> analytics.callerSchool()));
        Caller.as(f.classTeacherA(), Fixture.CLASS_TEACHER, () -> analytics.periods(f.schoolId()));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(f.otherSchoolDeputy(), Fixture.DEPUTY, () -> analytics.periods(f.schoolId())));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(f.parentA(), Fixture.PARENT, () -> analytics.periods(f.schoolId())));
        // the grade distribution: four values 2…5, the class teacher of their class, the deputy of the school
        assertEquals(
                4,
                Caller.as(f.classTeacherA(), Fixture.CLASS_TEACHER, () -> analytics.marksOfClass(f.classA(), period))
                        .size());
        Caller.as(f.deputy(), Fixture.DEPUTY, () -> analytics.marksOfSchool(f.schoolId(), period));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        f.classTeacherA(), Fixture.CLASS_TEACHER, () -> analytics.marksOfClass(f.classB(), period)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(
                        f.classTeacherA(), Fixture.CLASS_TEACHER, () -> analytics.marksOfSchool(f.schoolId(), period)));
    }

    private void analyticsRow(long school, long schoolClass, long subject, long period, String average) {
        tx.call(em -> em.createNativeQuery("INSERT INTO period_analytics (id, school_id, school_class_id, subject_id,"
                        + " study_period_id, students, average_mark, success_rate, quality_rate, missed, missed_ill,"
                        + " missed_excused, missed_unexcused, late, computed_at) VALUES (?1, ?2, ?3, ?4, ?5, 25, ?6, 96.0,"
                        + " 52.0, 10, 4, 2, 4, 1, ?7)")
                .setParameter(
                        1, 9_100_000_000_000L + ID.incrementAndGet() * 1_000_000L + System.nanoTime() % 1_000_000L)
                .setParameter(2, school)
                .setParameter(3, schoolClass)
                .setParameter(4, subject)
                .setParameter(5, period)
                .setParameter(6, new java.math.BigDecimal(average))
                .setParameter(7, new java.sql.Timestamp(System.currentTimeMillis()))
                .executeUpdate());
    }

    private static final java.util.concurrent.atomic.AtomicLong ID = new java.util.concurrent.atomic.AtomicLong();

    private long finding(long school, long schoolClass, long student, String kind) {
        return tx.call(em -> {
            long id = 9_000_000_000_000L + ID.incrementAndGet() * 1_000_000L + System.nanoTime() % 1_000_000L;
            em.createNativeQuery("INSERT INTO reconciliation_finding (id, school_id, school_class_id, student_id,"
                            + " finding_date, kind, found_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                    .setParameter(1, id)
                    .setParameter(2, school)
                    .setParameter(3, schoolClass)
                    .setParameter(4, student)
                    .setParameter(5, java.sql.Date.valueOf(LocalDate.now()))
                    .setParameter(6, kind)
                    .setParameter(7, new java.sql.Timestamp(System.currentTimeMillis()))
                    .executeUpdate();
            return id;
        });
    }

    /** The region administrator who imports the test's region (a school of its own) and runs its jobs. */
    private String region() {
        if (regionAdmin == null) {
            regionAdmin = regionAdmins.create();
        }
        return regionAdmin;
    }

    private String regionAdmin;

    record Region(String school, RegionFiles files) {}

    private Region importRegion(Fixture f, long seed) throws Exception {
        String prefix = "rec" + UUID.randomUUID().toString().substring(0, 6);
        Path dir = Files.createTempDirectory("region-s");
        RegionGenerator.generate("S", dir, prefix, seed);
        ExecutionSummary imported = JobRuns.run(
                jobs, region(), RegionAdmins.ROLES, BatchJobs.REGION_IMPORT, Map.of("inputDir", dir.toString()));
        assertEquals("COMPLETED", imported.batchStatus());
        assertEquals(0, imported.skipped());
        return new Region(prefix + "001", new RegionFiles(dir));
    }

    private List<String> export(Fixture f, ExecutionSummary run) throws Exception {
        Path file = Caller.as(region(), RegionAdmins.ROLES, () -> jobs.exportFile(run.executionId()));
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    private long history(String schoolCode) {
        return tx.call(em -> ((Number) em.createNativeQuery(
                                "SELECT COUNT(*) FROM change_record r JOIN school s"
                                        + " ON s.id = r.school_id WHERE s.code = ?1 AND r.entity_type = 'Absence' AND r.changed_by = ?2")
                        .setParameter(1, schoolCode)
                        .setParameter(2, "attendance-reconciliation")
                        .getSingleResult())
                .longValue());
    }
}
