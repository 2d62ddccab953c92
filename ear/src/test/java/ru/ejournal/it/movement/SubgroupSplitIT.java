package ru.ejournal.it.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.support.Fixture.ADMIN;
import static ru.ejournal.it.support.Fixture.CLASS_TEACHER;
import static ru.ejournal.it.support.Fixture.DEPUTY;
import static ru.ejournal.it.support.Fixture.SUBJECT_TEACHER;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.batch.operations.BatchJobs;
import ru.ejournal.batch.operations.ExecutionSummary;
import ru.ejournal.classteacher.boundary.Option;
import ru.ejournal.classteacher.boundary.SubgroupPlan;
import ru.ejournal.classteacher.boundary.SubgroupService;
import ru.ejournal.diary.boundary.DiaryPeriod;
import ru.ejournal.diary.boundary.DiaryService;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.journal.boundary.GradeBook;
import ru.ejournal.journal.boundary.GradeBookCellService;
import ru.ejournal.journal.boundary.GradeBookService;
import ru.ejournal.letter.boundary.LetterData;
import ru.ejournal.letter.boundary.LetterService;
import ru.ejournal.operations.boundary.AnalyticsRow;
import ru.ejournal.operations.boundary.PeriodAnalyticsResults;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.Subject;
import ru.ejournal.school.entity.TeachingAssignment;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.staff.entity.StaffMember;
import ru.ejournal.student.entity.Student;

/**
 * A subgroup split in the middle of the year (the split removes the whole-class assignment): the
 * marks given in whole-class lessons before it stay in the subgroup grid and its proposed grade, so
 * that the grid, the e-diary, the information letter and the period analytics agree.
 */
@ExtendWith(ArquillianExtension.class)
class SubgroupSplitIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    Tx tx;

    @Inject
    GradeBookService gradeBook;

    @Inject
    GradeBookCellService cells;

    @Inject
    SubgroupService subgroups;

    @Inject
    DiaryService diary;

    @Inject
    LetterService letters;

    @Inject
    BatchJobs jobs;

    @Inject
    PeriodAnalyticsResults analytics;

    Fixture f;
    long period;
    long second;
    final LocalDate today = LocalDate.now();

    @BeforeEach
    void createSchool() {
        f = schools.create();
        period = tx.call(em -> MovementData.yearPeriod(em, f.schoolId()));
        second = tx.call(em -> {
            Student s = new Student(em.find(SchoolClass.class, f.classA()), "5A-2", "Белова", "Вера", null);
            em.persist(s);
            em.flush();
            return s.getId();
        });
    }

    private void save(String teacher, long lesson, long student, String value) throws Exception {
        Caller.as(teacher, SUBJECT_TEACHER, () -> cells.saveCell(lesson, student, value, "", false, period));
    }

    private GradeBook.Row row(String teacher, long assignment, long student) throws Exception {
        GradeBook book = Caller.as(teacher, SUBJECT_TEACHER, () -> gradeBook.load(assignment, period));
        return book.rows().stream()
                .filter(r -> r.studentId() == student)
                .findFirst()
                .orElseThrow();
    }

    @Test
    @DisplayName("Marks before the split stay in the subgroup grid; grid, diary, letter and analytics agree")
    void marksBeforeTheSplitStayVisibleEverywhere() throws Exception {
        long l1 = tx.call(em -> MovementData.lesson(em, f.classA(), today.minusDays(10), 2));
        long l2 = tx.call(em -> MovementData.lesson(em, f.classA(), today.minusDays(9), 2));
        long wholeClass = tx.call(em -> MovementData.assignment(em, f.classA()));
        save(f.subjectTeacherA(), l1, f.studentA(), "5");
        save(f.subjectTeacherA(), l2, f.studentA(), "3");
        save(f.subjectTeacherA(), l1, second, "3");
        assertEquals(
                0,
                new BigDecimal("4.00")
                        .compareTo(row(f.subjectTeacherA(), wholeClass, f.studentA())
                                .summary()
                                .average()));

        Long math = Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> subgroups.subjects(f.classA()))
                .get(0)
                .id();
        tx.call(em -> {
            // the administrator gives the class teacher mathematics in her class: only a holder leads a subgroup
            StaffMember ivanova = em.createQuery(
                            "select m from StaffMember m where m.school.id = :s and m.lastName = 'Иванова'",
                            StaffMember.class)
                    .setParameter("s", f.schoolId())
                    .getSingleResult();
            SchoolClass classA = em.find(SchoolClass.class, f.classA());
            em.persist(new TeachingAssignment(ivanova, classA, null, em.find(Subject.class, math)));
            return null;
        });
        List<Option> teachers = Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> subgroups.teachers(f.classA(), math));
        Long smirnov = teachers.stream()
                .filter(t -> t.label().startsWith("Смирнов"))
                .findFirst()
                .orElseThrow()
                .id();
        Long ivanova = teachers.stream()
                .filter(t -> t.label().startsWith("Иванова"))
                .findFirst()
                .orElseThrow()
                .id();
        Caller.as(
                f.classTeacherA(),
                CLASS_TEACHER,
                () -> subgroups.save(
                        f.classA(),
                        math,
                        List.of(
                                new SubgroupPlan(null, "1 подгруппа", smirnov, List.of(f.studentA())),
                                new SubgroupPlan(null, "2 подгруппа", ivanova, List.of(second)))));
        List<SubgroupPlan> split =
                Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> subgroups.subgroups(f.classA(), math));
        long group1 = split.stream()
                .filter(g -> g.name().equals("1 подгруппа"))
                .findFirst()
                .orElseThrow()
                .id();
        long group2 = split.stream()
                .filter(g -> g.name().equals("2 подгруппа"))
                .findFirst()
                .orElseThrow()
                .id();
        long assignment1 = tx.call(em -> MovementData.subgroupAssignment(em, group1));
        long assignment2 = tx.call(em -> MovementData.subgroupAssignment(em, group2));
        long l3 = tx.call(em -> MovementData.subgroupLesson(em, group1, today.minusDays(2), 2));
        save(f.subjectTeacherA(), l3, f.studentA(), "4");
        assertThrows(
                AccessDeniedException.class,
                () -> save(f.classTeacherA(), l1, f.studentA(), "2"),
                "the other subgroup's teacher may not change a whole-class lesson she did not teach");

        GradeBook grid1 = Caller.as(f.subjectTeacherA(), SUBJECT_TEACHER, () -> gradeBook.load(assignment1, period));
        assertTrue(
                grid1.lessons().stream().map(GradeBook.Column::id).toList().containsAll(List.of(l1, l2, l3)),
                "the whole-class lessons before the split are columns of the subgroup grid");
        assertEquals(1, grid1.rows().size(), "the subgroup's members only");
        GradeBook.Row inGrid = grid1.rows().get(0);
        assertEquals("5", inGrid.cell(l1).text());
        assertEquals("3", inGrid.cell(l2).text());
        assertEquals("4", inGrid.cell(l3).text());
        assertEquals(3, inGrid.summary().markCount());
        BigDecimal gridAverage = inGrid.summary().average();
        assertEquals(0, new BigDecimal("4.00").compareTo(gridAverage));
        assertEquals("4", inGrid.summary().proposed());
        GradeBook.Row otherGroup = row(f.classTeacherA(), assignment2, second);
        assertEquals("3", otherGroup.cell(l1).text());
        assertEquals(0, new BigDecimal("3.00").compareTo(otherGroup.summary().average()));

        DiaryPeriod.SubjectLine inDiary =
                Caller.as(f.admin(), ADMIN, () -> diary.period(f.studentA(), period)).subjects().stream()
                        .filter(s -> s.subject().equals("Математика"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(inGrid.summary().markCount(), inDiary.marks().size());
        assertEquals(0, gridAverage.compareTo(inDiary.summary().average()));
        assertEquals(inGrid.summary().proposed(), inDiary.summary().proposed());

        LetterData letter =
                Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> letters.classLetters(f.classA(), period, null));
        LetterData.SubjectRow inLetter = letter.students().stream()
                .filter(s -> s.studentId() == f.studentA())
                .findFirst()
                .orElseThrow()
                .subjects()
                .stream()
                .filter(s -> s.subject().equals("Математика"))
                .findFirst()
                .orElseThrow();
        assertEquals("5 3 4", inLetter.marks());
        assertEquals(0, gridAverage.compareTo(inLetter.average()));

        String schoolCode = tx.call(em -> em.find(School.class, f.schoolId()).getCode());
        ExecutionSummary run = runAnalytics(Map.of("schoolCode", schoolCode, "periodCode", "Y"));
        assertEquals("COMPLETED", run.batchStatus(), run.toString());
        AnalyticsRow inAnalytics = Caller.as(f.deputy(), DEPUTY, () -> analytics.ofClass(f.classA(), period))
                .get(0);
        assertEquals(2, inAnalytics.students());
        BigDecimal meanOfGrids = gridAverage.add(otherGroup.summary().average()).divide(new BigDecimal(2));
        assertEquals(
                0,
                meanOfGrids.compareTo(inAnalytics.averageMark()),
                "the class average is the mean of the grids' averages: " + inAnalytics.averageMark());
    }

    private ExecutionSummary runAnalytics(Map<String, String> parameters) throws Exception {
        long id = Caller.as(f.admin(), ADMIN, () -> jobs.start(BatchJobs.ANALYTICS, parameters));
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            ExecutionSummary summary = Caller.as(f.admin(), ADMIN, () -> jobs.execution(id));
            if (!summary.running() || System.nanoTime() > deadline) {
                return summary;
            }
            Thread.sleep(250);
        }
    }
}
