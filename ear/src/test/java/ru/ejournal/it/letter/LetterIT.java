package ru.ejournal.it.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.support.Fixture.CLASS_TEACHER;
import static ru.ejournal.it.support.Fixture.PARENT;
import static ru.ejournal.it.support.Fixture.STUDENT;
import static ru.ejournal.it.support.Fixture.SUBJECT_TEACHER;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.attendance.entity.Absence;
import ru.ejournal.attendance.entity.AbsenceCode;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.it.journal.JournalFixtures;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.journal.boundary.GradeBookCellService;
import ru.ejournal.journal.boundary.PeriodGradeService;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.journal.entity.Mark;
import ru.ejournal.letter.boundary.LetterData;
import ru.ejournal.letter.boundary.LetterService;
import ru.ejournal.messaging.boundary.MessageService;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.student.entity.Student;

/**
 * The information letter for parents: its figures, the PDF in Russian, the class PDF, sending, refusals; for a
 * study period and for a range of dates.
 */
@ExtendWith(ArquillianExtension.class)
class LetterIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    JournalFixtures journal;

    @Inject
    LetterService letters;

    @Inject
    GradeBookCellService cells;

    @Inject
    PeriodGradeService periodGrades;

    @Inject
    MessageService messages;

    @Inject
    Tx tx;

    Fixture f;
    long period;

    @BeforeEach
    void createSchool() throws Exception {
        f = schools.create();
        period = journal.yearPeriod(f);
        // marks 4 5 2 3 4 5 2 4 and one «Н» over nine days, and a late arrival today
        journal.grow(f, 1, 9);
        Caller.run(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> cells.saveCell(f.lessonA(), f.studentA(), "ОП", "", false, null));
    }

    @Test
    @DisplayName("The letter's figures: eight marks averaging 3,63, a proposed «4», one unexplained absence, one late")
    void letterFigures() throws Exception {
        LetterData data = Caller.as(
                f.classTeacherA(), CLASS_TEACHER, () -> letters.studentLetter(f.studentA(), period, "Старается"));
        LetterData.StudentLetter letter = data.students().get(0);
        LetterData.SubjectRow math = letter.subjects().get(0);
        assertEquals("Математика", math.subject());
        assertEquals(8, math.marks().split(" ").length);
        assertEquals("3.63", math.average().toPlainString());
        assertEquals("4", math.grade());
        assertTrue(math.proposed());
        assertEquals(new LetterData.Absences(1, 0, 0, 0, 1, 1), letter.absences());
        assertEquals("Старается", data.comment());

        long assignment = journal.assignmentA(f);
        Caller.run(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> periodGrades.savePeriodGrade(assignment, period, f.studentA(), "5", null));
        LetterData.SubjectRow graded = Caller.as(
                        f.classTeacherA(), CLASS_TEACHER, () -> letters.studentLetter(f.studentA(), period, null))
                .students()
                .get(0)
                .subjects()
                .get(0);
        assertEquals("5", graded.grade());
        assertFalse(graded.proposed());
    }

    @Test
    @DisplayName("The PDF is in Russian with the student's figures and the place for the parent's signature")
    void pdfReadsInRussian() throws Exception {
        byte[] pdf = Caller.as(
                f.classTeacherA(), CLASS_TEACHER, () -> letters.studentPdf(f.studentA(), period, "Старается"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains("Информационное письмо для родителей"), text);
        assertTrue(text.contains("Кузнецов Илья"), text);
        assertTrue(text.contains("3,63"), text);
        assertTrue(text.contains("Пропущено уроков: 1"), text);
        assertTrue(text.contains("Старается"), text);
        assertTrue(text.contains("С информацией ознакомлен(а)"), text);
    }

    @Test
    @DisplayName("The whole class's letters are one PDF with a page per student")
    void classPdfHasAPagePerStudent() throws Exception {
        journal.grow(f, 3, 0);
        byte[] pdf = Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> letters.classPdf(f.classA(), period, null));
        assertEquals(3, new PdfReader(pdf).getNumberOfPages());
    }

    @Test
    @DisplayName("The letter sent as a message reaches the parent with the marks in its text")
    void letterIsSentAsMessage() throws Exception {
        Caller.run(f.classTeacherA(), CLASS_TEACHER, () -> letters.sendToParents(f.studentA(), period, null));
        var line = Caller.as(f.parentA(), PARENT, () -> messages.inbox(0, 10)).get(0);
        assertTrue(line.subject().startsWith("Информационное письмо"), line.subject());
        String body =
                Caller.as(f.parentA(), PARENT, () -> messages.open(line.id())).body();
        assertTrue(body.contains("Математика: "), body);
        assertTrue(body.contains("средний балл 3,63"), body);
    }

    @Test
    @DisplayName(
            "Another class's teacher, a subject teacher and a student are refused; a parent gets only their child's")
    void othersAreRefused() throws Exception {
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(
                        f.classTeacherB(), CLASS_TEACHER, () -> letters.studentLetter(f.studentA(), period, null)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.classTeacherB(), CLASS_TEACHER, () -> letters.classPdf(f.classA(), period, null)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(
                        f.subjectTeacherA(), SUBJECT_TEACHER, () -> letters.studentLetter(f.studentA(), period, null)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(f.studentALogin(), STUDENT, () -> letters.studentLetter(f.studentA(), period, null)));
        assertEquals(
                1,
                Caller.as(f.parentA(), PARENT, () -> letters.studentLetter(f.studentA(), period, null))
                        .students()
                        .size());
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.parentA(), PARENT, () -> letters.studentLetter(f.studentB(), period, null)));
    }

    /** A day of the fixture's school year at least 40 days away from the lessons the fixture put near today. */
    private LocalDate quietDay() {
        return tx.call(em -> {
            SchoolClass c = em.find(SchoolClass.class, f.classA());
            LocalDate start = c.getAcademicYear().getStartDate();
            return LocalDate.now().isAfter(start.plusDays(60))
                    ? start.plusDays(5)
                    : c.getAcademicYear().getEndDate().minusDays(45);
        });
    }

    /** A math lesson of class A on {@code date} with student A's mark (a digit) or absence code. */
    private void lessonWith(LocalDate date, String markOrCode) {
        tx.call(em -> {
            Lesson model = em.find(Lesson.class, f.lessonA());
            Student student = em.find(Student.class, f.studentA());
            Lesson lesson = new Lesson(model.getSchoolClass(), null, model.getSubject(), model.getTeacher(), date, 5);
            lesson.setWorkType(model.getWorkType());
            lesson.setTopic("Тема " + date);
            em.persist(lesson);
            if (Character.isDigit(markOrCode.charAt(0))) {
                em.persist(new Mark(lesson, student, markOrCode, model.getWorkType(), "fixture", Instant.now()));
            } else {
                em.persist(new Absence(lesson, student, AbsenceCode.valueOf(markOrCode), "fixture", Instant.now()));
            }
            return null;
        });
    }

    @Test
    @DisplayName(
            "A letter for a date range counts only the marks and absences of the days in the range, edges included")
    void rangeLetterCountsOnlyTheRange() throws Exception {
        LocalDate d = quietDay();
        LocalDate from = d.plusDays(10);
        LocalDate to = d.plusDays(20);
        // day offset from d -> mark or absence code; the days 9, 21 and 5, 25 are outside the range
        Map<Integer, String> entries = Map.ofEntries(
                Map.entry(9, "2"),
                Map.entry(10, "5"),
                Map.entry(11, "B"),
                Map.entry(12, "U"),
                Map.entry(13, "P"),
                Map.entry(14, "N"),
                Map.entry(15, "4"),
                Map.entry(16, "OP"),
                Map.entry(17, "4"),
                Map.entry(20, "3"),
                Map.entry(21, "2"),
                Map.entry(5, "B"),
                Map.entry(25, "P"));
        entries.forEach((offset, value) -> lessonWith(d.plusDays(offset), value));

        List<String> inside = entries.entrySet().stream()
                .filter(e -> !d.plusDays(e.getKey()).isBefore(from)
                        && !d.plusDays(e.getKey()).isAfter(to))
                .map(Map.Entry::getValue)
                .toList();
        List<Integer> marks = inside.stream()
                .filter(v -> Character.isDigit(v.charAt(0)))
                .map(Integer::valueOf)
                .toList();
        BigDecimal expectedAverage = BigDecimal.valueOf(
                        marks.stream().mapToInt(Integer::intValue).sum())
                .divide(BigDecimal.valueOf(marks.size()), 2, RoundingMode.HALF_UP);
        long ill = inside.stream().filter("B"::equals).count();
        long excused = inside.stream().filter("U"::equals).count();
        long unexcused = inside.stream().filter("P"::equals).count();
        long unexplained = inside.stream().filter("N"::equals).count();
        long late = inside.stream().filter("OP"::equals).count();

        LetterData data =
                Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> letters.studentLetter(f.studentA(), from, to, null));

        LetterData.SubjectRow math = data.students().get(0).subjects().get(0);
        assertEquals(marks.size(), math.marks().split(" ").length, math.marks());
        assertEquals(expectedAverage, math.average().setScale(2, RoundingMode.HALF_UP));
        assertEquals(null, math.grade(), "a letter for dates has no period grade");
        assertFalse(data.withGrades());
        assertEquals(
                new LetterData.Absences(
                        ill + excused + unexcused + unexplained, ill, excused, unexcused, unexplained, late),
                data.students().get(0).absences());
        DateTimeFormatter ru = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        assertEquals("период с " + from.format(ru) + " по " + to.format(ru), data.periodTitle());
    }

    @Test
    @DisplayName("The range's PDF says «за период с … по …» in its title; the class's range PDF has a page per student")
    void rangePdfNamesTheRange() throws Exception {
        LocalDate d = quietDay();
        lessonWith(d.plusDays(1), "5");
        byte[] pdf = Caller.as(
                f.classTeacherA(), CLASS_TEACHER, () -> letters.studentPdf(f.studentA(), d, d.plusDays(14), "Молодец"));
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        DateTimeFormatter ru = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        String range = "за период с " + d.format(ru) + " по " + d.plusDays(14).format(ru);
        assertTrue(text.contains(range), text);
        assertTrue(text.contains("5,00"), text);
        assertFalse(text.contains("Отметка за период"), text);
        assertTrue(new PdfReader(pdf).getInfo().get("Title").contains(range));

        journal.grow(f, 3, 0);
        byte[] classPdf = Caller.as(
                f.classTeacherA(), CLASS_TEACHER, () -> letters.classPdf(f.classA(), d, d.plusDays(14), null));
        assertEquals(3, new PdfReader(classPdf).getNumberOfPages());
    }

    @Test
    @DisplayName("The range's letter sent as a message names the range and holds only the range's marks")
    void rangeLetterIsSentAsMessage() throws Exception {
        LocalDate d = quietDay();
        lessonWith(d.plusDays(2), "5");
        lessonWith(d.plusDays(3), "4");
        lessonWith(d.plusDays(30), "2");
        Caller.run(f.classTeacherA(), CLASS_TEACHER, () -> letters.sendToParents(f.studentA(), d, d.plusDays(7), null));
        var line = Caller.as(f.parentA(), PARENT, () -> messages.inbox(0, 10)).get(0);
        assertTrue(
                line.subject().contains("период с " + d.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))),
                line.subject());
        String body =
                Caller.as(f.parentA(), PARENT, () -> messages.open(line.id())).body();
        assertTrue(body.contains("Математика: 5 4; средний балл 4,50"), body);
    }

    @Test
    @DisplayName("A reversed range or one outside the school year is refused with a Russian reason and sends nothing")
    void badRangesAreRefused() throws Exception {
        LocalDate d = quietDay();
        BusinessException reversed = assertThrows(
                BusinessException.class,
                () -> Caller.run(
                        f.classTeacherA(),
                        CLASS_TEACHER,
                        () -> letters.sendToParents(f.studentA(), d.plusDays(10), d, null)));
        assertTrue(reversed.getMessage().contains("позже даты окончания"), reversed.getMessage());
        assertTrue(
                Caller.as(f.parentA(), PARENT, () -> messages.inbox(0, 10)).isEmpty(),
                "no message for a refused letter");
        assertThrows(
                BusinessException.class,
                () -> Caller.as(
                        f.classTeacherA(), CLASS_TEACHER, () -> letters.classPdf(f.classA(), d.plusDays(1), d, null)));
        BusinessException outside = assertThrows(
                BusinessException.class,
                () -> Caller.run(
                        f.classTeacherA(), CLASS_TEACHER, () -> letters.checkRange(f.classA(), d.minusYears(1), d)));
        assertTrue(outside.getMessage().contains("в пределах учебного года"), outside.getMessage());
        Exception missing = assertThrows(
                Exception.class,
                () -> Caller.as(
                        f.classTeacherA(), CLASS_TEACHER, () -> letters.studentLetter(f.studentA(), null, d, null)));
        StringBuilder causes = new StringBuilder();
        for (Throwable c = missing; c != null; c = c.getCause()) {
            causes.append(c);
        }
        assertTrue(causes.toString().contains("Укажите дату начала периода"), causes.toString());
    }

    @Test
    @DisplayName(
            "For a range too, another class's teacher and a subject teacher are refused, a parent reads only their child")
    void rangeRefusals() throws Exception {
        LocalDate d = quietDay();
        LocalDate to = d.plusDays(7);
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(
                        f.classTeacherB(), CLASS_TEACHER, () -> letters.studentLetter(f.studentA(), d, to, null)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.classTeacherB(), CLASS_TEACHER, () -> letters.classPdf(f.classA(), d, to, null)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        f.classTeacherB(), CLASS_TEACHER, () -> letters.sendToParents(f.studentA(), d, to, null)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(f.classTeacherB(), CLASS_TEACHER, () -> letters.checkRange(f.classA(), d, to)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(
                        f.subjectTeacherA(), SUBJECT_TEACHER, () -> letters.studentLetter(f.studentA(), d, to, null)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.parentA(), PARENT, () -> letters.studentLetter(f.studentB(), d, to, null)));
        assertTrue(Caller.as(f.parentA(), PARENT, () -> messages.inbox(0, 10)).isEmpty());
    }
}
