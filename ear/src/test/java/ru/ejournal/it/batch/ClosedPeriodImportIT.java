package ru.ejournal.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.school.boundary.PeriodClosingService;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.student.entity.Student;

/** The region import changes nothing of a closed study period either: its rows go to the error report. */
@ExtendWith(ArquillianExtension.class)
class ClosedPeriodImportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    BatchJobs jobs;

    @Inject
    PeriodClosingService periods;

    @Inject
    TestSchools schools;

    @Inject
    Tx tx;

    @Test
    @DisplayName("A lesson, a mark, an absence and a period grade of a closed period are refused into the report;"
            + " none is stored")
    void closedPeriodRowsAreRefused() throws Exception {
        Fixture f = schools.create();
        String school = tx.call(em -> em.find(School.class, f.schoolId()).getCode());
        String student = tx.call(em -> em.find(Student.class, f.studentA()).getCode());
        String schoolClass =
                tx.call(em -> em.find(SchoolClass.class, f.classA()).getCode());
        LocalDate day = tx.call(em -> em.find(Lesson.class, f.lessonA()).getLessonDate());
        tx.call(em -> {
            em.find(Lesson.class, f.lessonA()).setCode("closed-1");
            return null;
        });
        long period = tx.call(em -> em.createQuery("select p.id from StudyPeriod p where p.school.id = :s", Long.class)
                .setParameter("s", f.schoolId())
                .getSingleResult());
        Caller.run(f.admin(), Fixture.ADMIN, () -> periods.close(period, "Итоги года подведены"));

        Path dir = Files.createTempDirectory("closed-import");
        Files.writeString(
                dir.resolve("lessons.csv"),
                "school_code,lesson_code,class_code,subgroup_code,subject_code,teacher_login,date,period_no,topic,"
                        + "attendance_taken\n" + school + ",closed-2," + schoolClass + ",,MATH," + f.subjectTeacherA()
                        + "," + day + ",7,Новая тема,false\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("marks.csv"),
                "school_code,lesson_code,student_code,value,work_type,weight\n" + school + ",closed-1," + student
                        + ",5,ORAL,1\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("absences.csv"),
                "school_code,lesson_code,student_code,code\n" + school + ",closed-1," + student + ",Н\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("period_grades.csv"),
                "school_code,student_code,subject_code,period_code,value\n" + school + "," + student + ",MATH,Y,5\n",
                StandardCharsets.UTF_8);

        ExecutionSummary run =
                JobRuns.run(jobs, f.admin(), BatchJobs.REGION_IMPORT, Map.of("inputDir", dir.toString()));

        assertEquals("COMPLETED", run.batchStatus(), run.toString());
        assertEquals(4, run.skipped(), run.toString());
        List<String> report = Files.readAllLines(
                Caller.as(f.admin(), Fixture.ADMIN, () -> jobs.exportFile(run.executionId())), StandardCharsets.UTF_8);
        for (String file : List.of("lessons.csv", "marks.csv", "absences.csv", "period_grades.csv")) {
            assertTrue(
                    report.stream().anyMatch(l -> l.startsWith(file + ",2,") && l.contains("учебный период закрыт")),
                    file + ": " + report);
        }
        long stored = tx.call(em -> em.createQuery("select count(m) from Mark m where m.student.id = :s", Long.class)
                        .setParameter("s", f.studentA())
                        .getSingleResult()
                + em.createQuery("select count(a) from Absence a where a.student.id = :s", Long.class)
                        .setParameter("s", f.studentA())
                        .getSingleResult()
                + em.createQuery("select count(g) from PeriodGrade g where g.student.id = :s", Long.class)
                        .setParameter("s", f.studentA())
                        .getSingleResult());
        assertEquals(0, stored, "nothing of the closed period changed");
        long lessons =
                tx.call(em -> em.createQuery("select count(l) from Lesson l where l.code = 'closed-2'", Long.class)
                        .getSingleResult());
        assertEquals(0, lessons, "no new lesson in the closed period");
    }
}
