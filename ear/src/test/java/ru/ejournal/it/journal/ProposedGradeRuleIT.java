package ru.ejournal.it.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.support.Fixture.ADMIN;
import static ru.ejournal.it.support.Fixture.CLASS_TEACHER;
import static ru.ejournal.it.support.Fixture.SUBJECT_TEACHER;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
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
import ru.ejournal.diary.boundary.DiaryPeriod;
import ru.ejournal.diary.boundary.DiaryService;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.journal.boundary.GradeBook;
import ru.ejournal.journal.boundary.GradeBookService;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.journal.entity.Mark;
import ru.ejournal.journal.entity.MarkValue;
import ru.ejournal.letter.boundary.LetterData;
import ru.ejournal.letter.boundary.LetterService;
import ru.ejournal.monitoring.boundary.MonitoringSettings;
import ru.ejournal.monitoring.boundary.MonitoringSettingsService;
import ru.ejournal.operations.boundary.AnalyticsRow;
import ru.ejournal.operations.boundary.PeriodAnalyticsResults;
import ru.ejournal.school.entity.School;
import ru.ejournal.student.entity.Student;

/**
 * One rule of the proposed grade: a school with rounding threshold 0,75 and a minimum of 4 marks gets
 * the same proposed grades in the grade book, the e-diary and the information letter, and the
 * period-analytics job counts exactly those grades in its success and quality rates.
 */
@ExtendWith(ArquillianExtension.class)
class ProposedGradeRuleIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    JournalFixtures journal;

    @Inject
    MonitoringSettingsService settings;

    @Inject
    GradeBookService gradeBook;

    @Inject
    DiaryService diary;

    @Inject
    LetterService letters;

    @Inject
    BatchJobs jobs;

    @Inject
    PeriodAnalyticsResults analytics;

    @Inject
    Tx tx;

    @Test
    @DisplayName("Threshold 0,75 and minimum 4: grid, diary, letter and analytics agree («3», «НА», «5»)")
    void everyViewAppliesTheSchoolsRule() throws Exception {
        Fixture f = schools.create();
        long period = journal.yearPeriod(f);
        journal.grow(f, 3, 0);
        MonitoringSettings before = Caller.as(f.admin(), ADMIN, () -> settings.settings(f.schoolId()));
        Caller.run(f.admin(), ADMIN, () -> settings.save(f.schoolId(), strict(before)));

        // 3,60 → «3» at 0,75 (it would be «4» at 0,50); three marks → «НА» (minimum 4); 4,80 → «5»
        List<Long> roster = roster(f);
        Map<Long, String> expected = Map.of(roster.get(0), "3", roster.get(1), "НА", roster.get(2), "5");
        mark(
                f,
                Map.of(
                        roster.get(0), List.of("3", "4", "4", "4", "3"),
                        roster.get(1), List.of("5", "5", "4"),
                        roster.get(2), List.of("5", "4", "5", "5", "5")));

        long assignment = journal.assignmentA(f);
        GradeBook book = Caller.as(f.subjectTeacherA(), SUBJECT_TEACHER, () -> gradeBook.load(assignment, period));
        Map<Long, String> grid = new HashMap<>();
        book.rows().forEach(r -> grid.put(r.studentId(), r.summary().proposed()));
        assertEquals(expected, grid, "grade book");
        assertTrue(book.rows().get(0).summary().working().contains("0,75"), "the working names the school's rule");

        for (long student : roster) {
            DiaryPeriod.SubjectLine line =
                    Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> diary.period(student, period)).subjects().stream()
                            .filter(s -> s.subject().equals("Математика"))
                            .findFirst()
                            .orElseThrow();
            assertEquals(
                    MarkValue.display(expected.get(student)), line.summary().proposed(), "e-diary of " + student);

            LetterData.SubjectRow letterRow = Caller.as(
                            f.classTeacherA(), CLASS_TEACHER, () -> letters.studentLetter(student, period, null))
                    .students()
                    .get(0)
                    .subjects()
                    .get(0);
            assertEquals(MarkValue.display(expected.get(student)), letterRow.grade(), "letter of " + student);
            assertTrue(letterRow.proposed());
        }

        String schoolCode = tx.call(em -> em.find(School.class, f.schoolId()).getCode());
        long execution = Caller.as(
                f.admin(),
                ADMIN,
                () -> jobs.start("period-analytics", Map.of("periodCode", "Y", "schoolCode", schoolCode)));
        assertEquals("COMPLETED", await(f, execution).batchStatus());
        AnalyticsRow row = Caller.as(f.admin(), ADMIN, () -> analytics.ofClass(f.classA(), period)).stream()
                .filter(r -> r.subjectName().equals("Математика"))
                .findFirst()
                .orElseThrow();
        assertEquals(3, row.students());
        // of «3», «НА», «5»: two succeed, one is of quality
        assertEquals(percent(2, 3), row.successRate(), "analytics success rate");
        assertEquals(percent(1, 3), row.qualityRate(), "analytics quality rate");
    }

    private static MonitoringSettings strict(MonitoringSettings s) {
        return new MonitoringSettings(
                s.topicDeadlineDays(),
                s.attendanceDeadlineDays(),
                s.marksDeadlineDays(),
                4,
                s.fewMarksWarningPercent(),
                s.periodGradeGraceDays(),
                s.homeworkRuleEnabled(),
                new BigDecimal("0.75"),
                s.version());
    }

    private List<Long> roster(Fixture f) {
        return tx.call(em -> em
                .createNamedQuery("Student.findByClass", Student.class)
                .setParameter("schoolClassId", f.classA())
                .getResultList()
                .stream()
                .map(Student::getId)
                .sorted()
                .toList());
    }

    /** One lesson a day in the past for each mark of the longest list; the marks of each student in order. */
    private void mark(Fixture f, Map<Long, List<String>> marks) {
        int days = marks.values().stream().mapToInt(List::size).max().orElse(0);
        tx.call(em -> {
            Lesson model = em.find(Lesson.class, f.lessonA());
            for (int d = 0; d < days; d++) {
                Lesson lesson = new Lesson(
                        model.getSchoolClass(),
                        null,
                        model.getSubject(),
                        model.getTeacher(),
                        LocalDate.now().minusDays(d + 1),
                        3);
                lesson.setWorkType(model.getWorkType());
                em.persist(lesson);
                for (Map.Entry<Long, List<String>> student : marks.entrySet()) {
                    if (d < student.getValue().size()) {
                        em.persist(new Mark(
                                lesson,
                                em.find(Student.class, student.getKey()),
                                student.getValue().get(d),
                                lesson.getWorkType(),
                                "test",
                                Instant.now()));
                    }
                }
            }
            return null;
        });
    }

    private ExecutionSummary await(Fixture f, long id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            ExecutionSummary summary = Caller.as(f.admin(), ADMIN, () -> jobs.execution(id));
            if (!summary.running() || System.nanoTime() > deadline) {
                return summary;
            }
            Thread.sleep(250);
        }
    }

    private static BigDecimal percent(int count, int of) {
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
    }
}
