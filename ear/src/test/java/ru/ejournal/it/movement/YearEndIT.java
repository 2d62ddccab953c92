package ru.ejournal.it.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.support.Fixture.ADMIN;
import static ru.ejournal.it.support.Fixture.CLASS_TEACHER;
import static ru.ejournal.it.support.Fixture.PARENT;
import static ru.ejournal.it.support.Fixture.SUBJECT_TEACHER;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.diary.boundary.DiaryService;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.journal.boundary.GradeBook;
import ru.ejournal.journal.boundary.GradeBookCellService;
import ru.ejournal.journal.boundary.GradeBookService;
import ru.ejournal.journal.boundary.PeriodGradeService;
import ru.ejournal.journal.boundary.PeriodOption;
import ru.ejournal.movement.boundary.YearEndResult;
import ru.ejournal.movement.boundary.YearEndService;
import ru.ejournal.school.entity.AcademicYear;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.Subject;
import ru.ejournal.school.entity.TeachingAssignment;
import ru.ejournal.staff.entity.StaffMember;
import ru.ejournal.student.entity.Student;
import ru.ejournal.student.entity.StudentStatus;
import ru.ejournal.timetable.entity.Timetable;
import ru.ejournal.timetable.entity.TimetableEntry;

/**
 * Year end (перевод в следующий класс): 5А → 6А in the new year, the last grade graduates, departed
 * pupils are archived, assignments are copied as a draft; the old year stays as it was and readable;
 * a second run is refused and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class YearEndIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    Tx tx;

    @Inject
    YearEndService yearEnd;

    @Inject
    GradeBookService gradeBook;

    @Inject
    GradeBookCellService cells;

    @Inject
    PeriodGradeService periodGrades;

    @Inject
    DiaryService diary;

    Fixture f;
    long period;
    long graduate;
    long departed;

    @BeforeEach
    void createSchool() {
        f = schools.create();
        period = tx.call(em -> MovementData.yearPeriod(em, f.schoolId()));
        long[] ids = tx.call(em -> {
            SchoolClass b = em.find(SchoolClass.class, f.classB());
            SchoolClass eleventh = new SchoolClass(b.getAcademicYear(), 11, "А");
            em.persist(eleventh);
            Subject math = em.createQuery("select s from Subject s where s.school.id = :s", Subject.class)
                    .setParameter("s", f.schoolId())
                    .getSingleResult();
            StaffMember teacher = b.getClassTeacher();
            em.persist(new TeachingAssignment(teacher, eleventh, null, math));
            Student leaver = new Student(eleventh, "11A-1", "Выпускников", "Пётр", null);
            em.persist(leaver);
            // 5А's timetable: Monday, first lesson, mathematics
            SchoolClass a = em.find(SchoolClass.class, f.classA());
            Timetable week = new Timetable(a, a.getAcademicYear().getStartDate(), false, "test", Instant.now());
            em.persist(week);
            em.persist(new TimetableEntry(week, 1, 1, math, null, teacher, "12"));
            Student gone = new Student(b, "5B-gone", "Уехавшая", "Ольга", null);
            gone.setStatus(StudentStatus.DEPARTED);
            gone.setDepartedOn(LocalDate.now().minusDays(30));
            em.persist(gone);
            em.flush();
            return new long[] {leaver.getId(), gone.getId()};
        });
        graduate = ids[0];
        departed = ids[1];
    }

    @Test
    @DisplayName("5А → 6А in the new year, 11А graduates, the departed are archived, assignments copied, the old"
            + " year intact and readable; a second run is refused")
    void promotesGraduatesArchivesAndKeepsTheOldYear() throws Exception {
        long assignmentA = tx.call(em -> MovementData.assignment(em, f.classA()));
        Caller.as(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> cells.saveCell(f.lessonA(), f.studentA(), "5", "", false, period));
        Caller.as(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> periodGrades.savePeriodGrade(assignmentA, period, f.studentA(), "5", null));
        String currentYear = tx.call(
                em -> em.find(SchoolClass.class, f.classA()).getAcademicYear().getName());

        YearEndResult result = Caller.as(f.admin(), ADMIN, () -> yearEnd.promote(11));

        assertEquals(currentYear, result.fromYear());
        int start = Integer.parseInt(currentYear.substring(0, 4)) + 1;
        assertEquals(start + "/" + (start + 1), result.toYear());
        assertEquals(2, result.promoted(), "the studying pupils of 5А and 5Б");
        assertEquals(1, result.graduated());
        assertEquals(1, result.archived());
        assertEquals(2, result.classesCreated());
        assertEquals(2, result.assignmentsCopied());

        AcademicYear next = tx.call(em -> em.find(AcademicYear.class, result.toYearId()));
        assertEquals(LocalDate.of(start, 9, 1), next.getStartDate());
        assertEquals(LocalDate.of(start + 1, 8, 31), next.getEndDate());
        assertFalse(next.isCurrent(), "the new year waits for review before it becomes current");
        Object[] promoted = tx.call(em -> {
            SchoolClass c = em.find(Student.class, f.studentA()).getSchoolClass();
            long copied = em.createQuery(
                            "select count(a) from TeachingAssignment a where a.schoolClass = :c", Long.class)
                    .setParameter("c", c)
                    .getSingleResult();
            return new Object[] {
                c.getName(),
                c.getAcademicYear().getId(),
                copied,
                c.getClassTeacher().getId()
            };
        });
        assertEquals("6А", promoted[0]);
        Object[] draft = tx.call(em -> em.createQuery("""
                select t.draft, t.validFrom, count(e) from TimetableEntry e join e.timetable t
                where t.schoolClass.code = '6А' and t.schoolClass.academicYear.id = :year group by t.draft, t.validFrom""", Object[].class)
                .setParameter("year", result.toYearId())
                .getSingleResult());
        assertEquals(true, draft[0], "5А's timetable is a draft of 6А's");
        assertEquals(LocalDate.of(start, 9, 1), draft[1]);
        assertEquals(1L, draft[2]);
        assertEquals(result.toYearId(), promoted[1]);
        assertEquals(1L, promoted[2], "5А's assignment copied into 6А");
        assertEquals(
                StudentStatus.GRADUATED,
                tx.call(em -> em.find(Student.class, graduate).getStatus()));
        assertNotNull(tx.call(em -> em.find(Student.class, departed).getArchivedOn()));
        assertEquals(
                f.classB(),
                (long) tx.call(
                        em -> em.find(Student.class, departed).getSchoolClass().getId()),
                "a departed pupil stays in the old class");

        GradeBook oldGrid = Caller.as(f.subjectTeacherA(), SUBJECT_TEACHER, () -> gradeBook.load(assignmentA, period));
        GradeBook.Row row = oldGrid.rows().stream()
                .filter(r -> r.studentId() == f.studentA())
                .findFirst()
                .orElseThrow();
        assertEquals("5", row.cell(f.lessonA()).text(), "the old class's grid keeps its marks");
        assertEquals("5", row.periodGrade(), "and its period grades");
        assertEquals("5А", tx.call(em -> em.find(SchoolClass.class, f.classA()).getName()));
        List<PeriodOption> periods = Caller.as(f.admin(), ADMIN, () -> diary.periods(f.studentA()));
        assertTrue(periods.stream().anyMatch(p -> p.id() == period), "the diary still offers the old year");
        assertEquals(
                "5",
                Caller.as(f.admin(), ADMIN, () -> diary.period(f.studentA(), period)).subjects().stream()
                        .filter(s -> s.subject().equals("Математика"))
                        .findFirst()
                        .orElseThrow()
                        .periodGrade());

        long classesBefore = classesOf(result.toYearId());
        BusinessException again =
                assertThrows(BusinessException.class, () -> Caller.as(f.admin(), ADMIN, () -> yearEnd.promote(11)));
        assertTrue(again.getMessage().contains("уже выполнен"), again.getMessage());
        assertEquals(classesBefore, classesOf(result.toYearId()), "a second run changes nothing");
        assertEquals(
                result.promoted(),
                Caller.as(f.admin(), ADMIN, () -> yearEnd.done()).promoted());
    }

    private long classesOf(long yearId) {
        return tx.call(
                em -> em.createQuery("select count(c) from SchoolClass c where c.academicYear.id = :y", Long.class)
                        .setParameter("y", yearId)
                        .getSingleResult());
    }

    @Test
    @DisplayName("Only the administrator ends the year: a class teacher and a parent are refused; another school's"
            + " admin ends only their own school's year")
    void yearEndRefusals() throws Exception {
        assertThrows(
                EJBAccessException.class, () -> Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> yearEnd.promote(11)));
        assertThrows(EJBAccessException.class, () -> Caller.as(f.parentA(), PARENT, () -> yearEnd.promote(11)));
        Caller.as(f.otherSchoolAdmin(), ADMIN, () -> yearEnd.promote(11));
        assertEquals(
                f.classA(),
                (long) tx.call(em ->
                        em.find(Student.class, f.studentA()).getSchoolClass().getId()),
                "nothing of this school changed");
    }
}
