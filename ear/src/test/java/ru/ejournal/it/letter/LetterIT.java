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
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.it.journal.JournalFixtures;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.journal.boundary.GradeBookService;
import ru.ejournal.letter.boundary.LetterData;
import ru.ejournal.letter.boundary.LetterService;
import ru.ejournal.messaging.boundary.MessageService;
import ru.ejournal.security.control.AccessDeniedException;

/** The information letter for parents: its figures, the PDF in Russian, the class PDF, sending, refusals. */
@ExtendWith(ArquillianExtension.class)
class LetterIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(LetterIT.class, JournalFixtures.class);
    }

    @Inject
    TestSchools schools;

    @Inject
    JournalFixtures journal;

    @Inject
    LetterService letters;

    @Inject
    GradeBookService gradeBook;

    @Inject
    MessageService messages;

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
                () -> gradeBook.saveCell(f.lessonA(), f.studentA(), "ОП", "", false, null));
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
                () -> gradeBook.savePeriodGrade(assignment, period, f.studentA(), "5", null));
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
}
