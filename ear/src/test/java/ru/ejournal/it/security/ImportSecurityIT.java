package ru.ejournal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.batch.operations.BatchJobs;
import ru.ejournal.batch.operations.ExecutionSummary;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.school.entity.School;

/**
 * The region import refuses names that could become markup (ASVS 5.1.3) and an upload made to exhaust
 * the server (12.1): a zip bomb and an overlong CSV field.
 */
@ExtendWith(ArquillianExtension.class)
class ImportSecurityIT {

    private static final String SCRIPT = "</script><script>alert(7)</script>";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    Tx tx;

    @Inject
    BatchJobs jobs;

    Fixture f;
    String school;

    @BeforeEach
    void createSchool() {
        f = schools.create();
        school = tx.call(em -> em.find(School.class, f.schoolId()).getCode());
    }

    @Test
    @DisplayName("A subject named </script><script>… and a staff name with markup go to the error report, not in")
    void markupNamesRefused() throws Exception {
        Path dir = Files.createTempDirectory("region-names");
        Files.writeString(
                dir.resolve("subjects.csv"),
                "school_code,subject_code,name,grading\n"
                        + school + ",EVIL,\"" + SCRIPT + "\",MARKS\n"
                        + school + ",PHYS,\"Физика (углублённая), 7-й класс №1\",MARKS\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("staff.csv"),
                "school_code,login,last_name,first_name,patronymic,roles\n" + school + ",evil-" + school
                        + ",<b>Иванов</b>,Иван,,SUBJECT_TEACHER\n",
                StandardCharsets.UTF_8);

        ExecutionSummary run = run(Map.of("inputDir", dir.toString()));

        assertEquals("COMPLETED", run.batchStatus(), run.toString());
        assertEquals(2, run.skipped(), run.toString());
        assertEquals(
                List.of("Физика (углублённая), 7-й класс №1"),
                tx.call(em -> em.createQuery(
                                "select s.name from Subject s where s.school.id = :school and s.code in ('EVIL', 'PHYS')",
                                String.class)
                        .setParameter("school", f.schoolId())
                        .getResultList()));
        String report = Files.readString(
                Caller.as(f.admin(), Fixture.ADMIN, () -> jobs.exportFile(run.executionId())), StandardCharsets.UTF_8);
        assertTrue(report.contains("subjects.csv,2,\"name: допустимы только буквы, цифры, пробел"), report);
        assertTrue(report.contains("staff.csv,2,\"last_name: допустимы только буквы"), report);
    }

    @Test
    @DisplayName("A zip whose files unpack beyond the limit is refused before any job reads it")
    void zipBombRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("schools.csv"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 3; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        System.setProperty("ejournal.import.max.unpacked.mb", "2");
        try {
            BusinessException refused = assertThrows(
                    BusinessException.class,
                    () -> Caller.as(
                            f.admin(),
                            Fixture.ADMIN,
                            () -> jobs.startImport(new ByteArrayInputStream(bytes.toByteArray()), Map.of())));
            assertEquals("Распакованные файлы архива больше 2 МБ: архив отклонён", refused.getMessage());
        } finally {
            System.clearProperty("ejournal.import.max.unpacked.mb");
        }
    }

    @Test
    @DisplayName("A CSV field longer than the limit fails the import with a Russian reason and loads nothing")
    void overlongFieldRefused() throws Exception {
        Path dir = Files.createTempDirectory("region-long");
        Files.writeString(
                dir.resolve("subjects.csv"),
                "school_code,subject_code,name,grading\n" + school + ",LONG," + "Ф".repeat(20_000) + ",MARKS\n",
                StandardCharsets.UTF_8);

        ExecutionSummary run = run(Map.of("inputDir", dir.toString()));

        assertEquals("FAILED", run.batchStatus(), run.toString());
        long loaded = tx.call(em -> em.createQuery(
                        "select count(s) from Subject s where s.school.id = :school and s.code = 'LONG'", Long.class)
                .setParameter("school", f.schoolId())
                .getSingleResult());
        assertEquals(0L, loaded);
    }

    private ExecutionSummary run(Map<String, String> parameters) throws Exception {
        long id = Caller.as(f.admin(), Fixture.ADMIN, () -> jobs.start(BatchJobs.REGION_IMPORT, parameters));
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            ExecutionSummary summary = Caller.as(f.admin(), Fixture.ADMIN, () -> jobs.execution(id));
            if (!summary.running()) {
                return summary;
            }
            assertTrue(System.nanoTime() < deadline, "import still running");
            Thread.sleep(250);
        }
    }
}
