package ru.ejournal.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.student.entity.Student;

/**
 * region-import end to end with exchange files as spreadsheets write them (a byte order mark, CRLF, quoted
 * commas and line breaks), and the change history of what it creates.
 */
@ExtendWith(ArquillianExtension.class)
class RegionImportFilesIT {

    private static final String BOM = "\uFEFF";

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

    record Imported(String tag, ExecutionSummary run, List<String> report) {

        String code(String kind) {
            return kind + "-" + tag;
        }
    }

    @Test
    @DisplayName("A byte order mark, quoted commas and quoted line breaks load as written; a bad record spanning two"
            + " lines is reported by its first line")
    void quotedFieldsAndByteOrderMark() throws Exception {
        Imported i = importFiles();

        assertEquals("COMPLETED", i.run().batchStatus(), i.run().toString());
        assertEquals(1, i.run().skipped(), i.report().toString());
        assertEquals(2, i.report().size(), i.report().toString());
        assertTrue(
                i.report().get(1).startsWith("lessons.csv,4,")
                        && i.report().get(1).contains("дата"),
                i.report().toString());
        assertEquals("ООО \"Север\", склад", single("SELECT workplace FROM parent WHERE code = ?1", i.code("P")));
        assertEquals("Дроби:\r\nповторение", single("SELECT topic FROM lesson WHERE code = ?1", i.code("L1")));
        assertEquals("Сидорова", single("SELECT last_name FROM parent WHERE code = ?1", i.code("P")));
        assertEquals(
                "5",
                single(
                        "SELECT m.mark_value FROM mark m JOIN student s ON s.id = m.student_id" + " WHERE s.code = ?1",
                        i.code("S")));
    }

    @Test
    @DisplayName("The import writes the change history of the marks, absences and personal data it creates, by"
            + " region-import, naming the file and line")
    void historyOfWhatItCreates() throws Exception {
        Imported i = importFiles();
        assertEquals("COMPLETED", i.run().batchStatus(), i.run().toString());

        Map<String, String> mark = history(
                "SELECT r.field, r.new_value, r.changed_by, r.reason, r.old_value FROM change_record r"
                        + " JOIN mark m ON m.id = r.entity_id JOIN student s ON s.id = m.student_id"
                        + " WHERE r.entity_type = 'Mark' AND s.code = ?1",
                i.code("S"));
        assertEquals(Map.of("value", "5"), values(mark));
        assertEquals("region-import", mark.get("value.changedBy"));
        assertTrue(mark.get("value.reason").contains("marks.csv, строка 2"), mark.toString());
        assertEquals("", mark.get("value.old"), "a new mark has no old value");

        Map<String, String> student = history(
                "SELECT r.field, r.new_value, r.changed_by, r.reason, r.old_value FROM change_record r"
                        + " JOIN student s ON s.id = r.entity_id WHERE r.entity_type = 'Student' AND s.code = ?1",
                i.code("S"));
        assertEquals("Петров", student.get("lastName"));
        assertEquals("2014-05-01", student.get("birthDate"));
        assertEquals("region-import", student.get("lastName.changedBy"));

        Map<String, String> parent = history(
                "SELECT r.field, r.new_value, r.changed_by, r.reason, r.old_value FROM change_record r"
                        + " JOIN parent p ON p.id = r.entity_id WHERE r.entity_type = 'Parent' AND p.code = ?1",
                i.code("P"));
        assertEquals("ООО \"Север\", склад", parent.get("workplace"));

        Map<String, String> absence = history(
                "SELECT r.field, r.new_value, r.changed_by, r.reason, r.old_value FROM change_record r"
                        + " JOIN absence a ON a.id = r.entity_id JOIN student s ON s.id = a.student_id"
                        + " WHERE r.entity_type = 'Absence' AND s.code = ?1",
                i.code("S"));
        assertEquals(Map.of("code", "N"), values(absence));
    }

    /** Imports a parent, a student, two lessons (the second bad), a mark and an absence into a fixture school. */
    private Imported importFiles() throws Exception {
        Fixture f = schools.create();
        String school = tx.call(em -> em.find(School.class, f.schoolId()).getCode());
        String classCode = tx.call(em -> em.find(SchoolClass.class, f.classA()).getCode());
        String existing = tx.call(em -> em.find(Student.class, f.studentA()).getCode());
        String today = LocalDate.now().toString();
        String tag = school.substring(school.length() - 8);
        String parent = "P-" + tag;
        String student = "S-" + tag;
        String lesson = "L1-" + tag;
        Path dir = Files.createTempDirectory("region-files");
        write(
                dir,
                "parents.csv",
                BOM + "school_code,parent_code,last_name,first_name,patronymic,phone,workplace\r\n" + school + ","
                        + parent + ",Сидорова,Анна,,+79160001122,\"ООО \"\"Север\"\", склад\"\r\n");
        write(
                dir,
                "students.csv",
                BOM + "school_code,student_code,class_code,last_name,first_name,patronymic,birth_date,gender\r\n"
                        + school + "," + student + "," + classCode + ",Петров,Пётр,,2014-05-01,M\r\n");
        write(
                dir,
                "student_parents.csv",
                "school_code,student_code,parent_code,relation\r\n" + school + "," + student + "," + parent
                        + ",MOTHER\r\n");
        write(
                dir,
                "lessons.csv",
                BOM + "school_code,lesson_code,class_code,subgroup_code,subject_code,teacher_login,date,period_no,"
                        + "topic,attendance_taken\r\n"
                        + school + "," + lesson + "," + classCode + ",,MATH," + f.subjectTeacherA() + "," + today
                        + ",2,\"Дроби:\r\nповторение\",true\r\n"
                        + school + ",L2-" + tag + "," + classCode + ",,MATH," + f.subjectTeacherA()
                        + ",2025-13-01,3,\"Тема\r\nв две строки, с запятой\",true\r\n");
        write(
                dir,
                "marks.csv",
                BOM + "school_code,lesson_code,student_code,value,work_type,weight\r\n" + school + "," + lesson + ","
                        + student + ",5,ORAL,1\r\n");
        write(
                dir,
                "absences.csv",
                BOM + "school_code,lesson_code,student_code,code\r\n" + school + "," + lesson + "," + student + ",Н\r\n"
                        + school + "," + lesson + "," + existing + ",Б\r\n");

        ExecutionSummary run =
                JobRuns.run(jobs, f.admin(), BatchJobs.REGION_IMPORT, Map.of("inputDir", dir.toString()));
        List<String> report = Files.readAllLines(
                Caller.as(f.admin(), Fixture.ADMIN, () -> jobs.exportFile(run.executionId())), StandardCharsets.UTF_8);
        return new Imported(tag, run, report);
    }

    private static void write(Path dir, String file, String content) throws Exception {
        Files.writeString(dir.resolve(file), content, StandardCharsets.UTF_8);
    }

    private String single(String sql, String code) {
        return tx.call(em ->
                String.valueOf(em.createNativeQuery(sql).setParameter(1, code).getSingleResult()));
    }

    /** field → new value, and field.changedBy, field.reason, field.old (empty when none) of each history row. */
    private Map<String, String> history(String sql, String code) {
        return tx.call((EntityManager em) -> {
            Map<String, String> rows = new HashMap<>();
            for (Object o : em.createNativeQuery(sql).setParameter(1, code).getResultList()) {
                Object[] r = (Object[]) o;
                rows.put((String) r[0], (String) r[1]);
                rows.put(r[0] + ".changedBy", (String) r[2]);
                rows.put(r[0] + ".reason", (String) r[3]);
                rows.put(r[0] + ".old", r[4] == null ? "" : (String) r[4]);
            }
            return rows;
        });
    }

    private static Map<String, String> values(Map<String, String> history) {
        Map<String, String> values = new HashMap<>(history);
        values.keySet().removeIf(k -> k.contains("."));
        return values;
    }
}
