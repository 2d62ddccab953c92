package ru.ejournal.it.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.support.Fixture.ADMIN;
import static ru.ejournal.it.support.Fixture.CLASS_TEACHER;
import static ru.ejournal.it.support.Fixture.DEPUTY;
import static ru.ejournal.it.support.Fixture.PARENT;
import static ru.ejournal.it.support.Fixture.SUBJECT_TEACHER;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.attendance.entity.Absence;
import ru.ejournal.attendance.entity.AbsenceCode;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Tx;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.journal.entity.Mark;
import ru.ejournal.journal.entity.PeriodGrade;
import ru.ejournal.journal.entity.PeriodGradeKind;
import ru.ejournal.monitoring.boundary.EvaluationResult;
import ru.ejournal.monitoring.boundary.EvaluationScope;
import ru.ejournal.monitoring.boundary.JournalMonitoringService;
import ru.ejournal.monitoring.boundary.ReportRow;
import ru.ejournal.monitoring.boundary.ViolationFilter;
import ru.ejournal.monitoring.boundary.ViolationRow;
import ru.ejournal.monitoring.control.MonitoringRun;
import ru.ejournal.monitoring.control.NightlyMonitoring;
import ru.ejournal.monitoring.entity.Severity;
import ru.ejournal.monitoring.entity.ViolationRule;
import ru.ejournal.school.entity.School;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.school.entity.Subject;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.student.entity.Student;

/**
 * Each rule's situation is created on purpose: the violation appears, a second evaluation does
 * not double it, and it closes itself when the journal is fixed; the nightly run tells the deputy
 * director and the teacher once; roles and other schools are refused.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringRulesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    MonitoringFixtures fixtures;

    @Inject
    JournalMonitoringService monitoring;

    @Inject
    MonitoringRun nightlyRun;

    @Inject
    NightlyMonitoring nightly;

    @Inject
    Tx tx;

    MonitoringSchool s;

    @BeforeEach
    void createSchool() {
        s = fixtures.create();
    }

    @Test
    @DisplayName("A lesson without a topic after its day is a violation, once, and closes when the topic is entered")
    void topicMissing() throws Exception {
        long lesson = fixtures.lessonA(s, s.today().minusDays(1), 1, false, false);
        long today = fixtures.lessonA(s, s.today(), 2, false, false);

        evaluate();
        evaluate();

        assertEquals(1, count(lesson, ViolationRule.TOPIC_MISSING, true), "one open violation after two runs");
        assertEquals(0, count(today, ViolationRule.TOPIC_MISSING, true), "today's lesson is not late yet");

        tx.call(em -> {
            em.find(Lesson.class, lesson).setTopic("Сложение дробей");
            return null;
        });
        EvaluationResult result = evaluate();

        assertTrue(result.closed() >= 1);
        assertEquals(0, count(lesson, ViolationRule.TOPIC_MISSING, true));
        assertEquals(1, count(lesson, ViolationRule.TOPIC_MISSING, false), "the closed violation is kept");
        ViolationRow closed =
                rows(ViolationRule.TOPIC_MISSING, ViolationFilter.Status.CLOSED).get(0);
        assertNotNull(closed.closedAt());
        assertEquals("Смирнов М. И.", closed.teacherName());
    }

    @Test
    @DisplayName("Cancelled lessons, holidays and days between quarters create no violation")
    void holidaysAndCancelledLessonsCreateNone() throws Exception {
        long cancelled = fixtures.lessonA(s, s.today().minusDays(2), 1, false, false);
        tx.call(em -> {
            em.find(Lesson.class, cancelled).setCancelled(true);
            return null;
        });
        long onHoliday = fixtures.lessonA(s, s.holiday(), 1, false, false);
        long inVacation = fixtures.lessonA(s, s.today().minusDays(35), 1, false, false);

        evaluate();

        for (long lesson : new long[] {cancelled, onHoliday, inVacation}) {
            assertEquals(0, count(lesson, ViolationRule.TOPIC_MISSING, false));
            assertEquals(0, count(lesson, ViolationRule.ATTENDANCE_NOT_TAKEN, false));
        }
    }

    @Test
    @DisplayName("Attendance not taken by the end of the lesson day is a violation that closes when taken")
    void attendanceNotTaken() throws Exception {
        long lesson = fixtures.lessonA(s, s.today().minusDays(3), 1, true, false);
        tx.call(em -> {
            em.find(Lesson.class, lesson).setAttendanceTaken(false);
            return null;
        });

        evaluate();
        evaluate();
        assertEquals(1, count(lesson, ViolationRule.ATTENDANCE_NOT_TAKEN, true));
        assertEquals(0, count(lesson, ViolationRule.TOPIC_MISSING, false), "the topic was entered");

        tx.call(em -> {
            em.find(Lesson.class, lesson).setAttendanceTaken(true);
            return null;
        });
        evaluate();
        assertEquals(0, count(lesson, ViolationRule.ATTENDANCE_NOT_TAKEN, true));
    }

    @Test
    @DisplayName("A test without a mark or absence for a student 3 school days later is a violation until filled")
    void marksLate() throws Exception {
        long test = fixtures.lessonA(s, s.today().minusDays(10), 1, true, true);
        long recentTest = fixtures.lessonA(s, s.today().minusDays(1), 1, true, true);
        addMark(test, s.studentA1(), "5");

        evaluate();
        evaluate();
        assertEquals(1, count(test, ViolationRule.MARKS_LATE, true), "Борисова has neither mark nor absence");
        assertEquals(0, count(recentTest, ViolationRule.MARKS_LATE, false), "three school days have not passed");

        tx.call(em -> {
            em.persist(new Absence(
                    em.find(Lesson.class, test),
                    em.find(Student.class, s.studentA2()),
                    AbsenceCode.B,
                    "test",
                    Instant.now()));
            return null;
        });
        evaluate();
        assertEquals(0, count(test, ViolationRule.MARKS_LATE, true), "an absent student needs no mark");
    }

    @Test
    @DisplayName("Too few marks: a warning after 75 % of the current period, a violation for the ended one")
    void tooFewMarks() throws Exception {
        evaluate();
        evaluate();

        List<ViolationRow> rows = rows(ViolationRule.TOO_FEW_MARKS, ViolationFilter.Status.OPEN);
        assertEquals(
                2,
                rows.stream()
                        .filter(r -> r.studyPeriodId() == s.pastPeriod()
                                && r.severity() == Severity.VIOLATION
                                && r.classId() == s.classA())
                        .count());
        assertEquals(
                2,
                rows.stream()
                        .filter(r -> r.studyPeriodId() == s.currentPeriod()
                                && r.severity() == Severity.WARNING
                                && r.classId() == s.classA())
                        .count());
        assertEquals(6, rows.size(), "three students, two periods, no duplicates");

        for (int day = 100; day > 97; day--) {
            long lesson = fixtures.lessonA(s, s.today().minusDays(day), 1, true, false);
            addMark(lesson, s.studentA1(), "4");
        }
        evaluate();

        List<ViolationRow> open = rows(ViolationRule.TOO_FEW_MARKS, ViolationFilter.Status.OPEN);
        assertFalse(
                open.stream().anyMatch(r -> r.studentId() == s.studentA1() && r.studyPeriodId() == s.pastPeriod()),
                "three marks close the violation");
        assertTrue(open.stream().anyMatch(r -> r.studentId() == s.studentA2() && r.studyPeriodId() == s.pastPeriod()));
    }

    @Test
    @DisplayName("Missing period grades after the end date and grace are a violation per student until entered")
    void periodGradesMissing() throws Exception {
        evaluate();
        evaluate();

        List<ViolationRow> rows = rows(ViolationRule.PERIOD_GRADES_MISSING, ViolationFilter.Status.OPEN);
        assertEquals(3, rows.size(), "every student of the ended quarter, once");
        assertTrue(rows.stream().allMatch(r -> r.studyPeriodId() == s.pastPeriod()));
        ViolationRow a1 = rows.stream()
                .filter(r -> r.studentId() == s.studentA1())
                .findFirst()
                .orElseThrow();
        assertNotNull(a1.assignmentId(), "the violation links to the grade book of the assignment");
        assertTrue(a1.gradebookLink()
                .startsWith("/teacher/gradebook.xhtml?assignment=" + a1.assignmentId() + "&period=" + s.pastPeriod()));

        tx.call(em -> {
            em.persist(new PeriodGrade(
                    em.find(Student.class, s.studentA1()),
                    em.find(Subject.class, s.math()),
                    em.find(StudyPeriod.class, s.pastPeriod()),
                    PeriodGradeKind.PERIOD,
                    "4",
                    "test",
                    Instant.now()));
            return null;
        });
        evaluate();
        assertEquals(
                2,
                rows(ViolationRule.PERIOD_GRADES_MISSING, ViolationFilter.Status.OPEN)
                        .size());
    }

    @Test
    @DisplayName("Homework: reported only when the school enables it and the next lesson is past")
    void homeworkMissing() throws Exception {
        long first = fixtures.lessonA(s, s.today().minusDays(3), 1, true, false);
        fixtures.lessonA(s, s.today().minusDays(2), 1, true, false);
        long last = fixtures.lessonA(s, s.today().minusDays(1), 1, true, false);
        tx.call(em -> {
            em.find(Lesson.class, first).setHomework(null);
            em.find(Lesson.class, last).setHomework(" ");
            return null;
        });

        evaluate();
        assertEquals(0, count(first, ViolationRule.HOMEWORK_MISSING, false), "the rule is off by default");

        tx.call(em -> {
            em.find(School.class, s.schoolId()).setHomeworkRuleEnabled(true);
            return null;
        });
        evaluate();
        evaluate();
        assertEquals(1, count(first, ViolationRule.HOMEWORK_MISSING, true));
        assertEquals(0, count(last, ViolationRule.HOMEWORK_MISSING, false), "its next lesson has not been held");

        tx.call(em -> {
            em.find(Lesson.class, first).setHomework("№ 15, 16");
            return null;
        });
        evaluate();
        assertEquals(0, count(first, ViolationRule.HOMEWORK_MISSING, true));
    }

    @Test
    @DisplayName("The nightly run tells the deputy director and each teacher once, and its timer is persistent")
    void nightlyRunSendsMessagesOnce() throws Exception {
        fixtures.lessonA(s, s.today().minusDays(1), 1, false, false);

        MonitoringRun.Summary first = nightlyRun.runAlone(s.schoolId(), s.today(), Instant.now());
        MonitoringRun.Summary second = nightlyRun.runAlone(s.schoolId(), s.today(), Instant.now());

        assertTrue(first.notified() > 0);
        assertEquals(3, first.messages(), "the deputy director, the maths teacher and the class teacher of B");
        assertEquals(0, second.messages(), "nothing new the second night");
        String deputyInbox = inbox(s.deputy());
        assertTrue(deputyInbox.contains("Смирнов М. И."), deputyInbox);
        assertTrue(deputyInbox.contains("не записана тема урока"), deputyInbox);
        String teacherInbox = inbox(s.subjectTeacher());
        assertTrue(teacherInbox.contains("не записана тема урока"), teacherInbox);
        assertFalse(teacherInbox.contains("Волков"), "a teacher gets only their own list, not class B's");

        NightlyMonitoring.NightlySchedule schedule =
                Caller.as(s.admin(), ADMIN, () -> nightly.schedule()).orElseThrow();
        assertTrue(schedule.persistent());
        assertNotNull(schedule.nextRun());
    }

    @Test
    @DisplayName("The class teacher reports their class's violations with a comment; the deputy director sees it")
    void classTeacherReports() throws Exception {
        fixtures.lessonA(s, s.today().minusDays(1), 1, false, false);
        evaluate();

        List<ViolationRow> mine = Caller.as(
                s.classTeacherA(),
                CLASS_TEACHER,
                () -> monitoring.violations(s.schoolId(), ViolationFilter.open().withClass(s.classA()), 0, 100));
        assertTrue(mine.stream().allMatch(r -> r.classId() == s.classA()));
        assertFalse(mine.isEmpty());

        Caller.as(
                s.classTeacherA(),
                CLASS_TEACHER,
                () -> monitoring.report(s.classA(), "Смирнов М. И. не заполняет темы уроков, прошу принять меры"));
        List<ReportRow> reports = Caller.as(s.deputy(), DEPUTY, () -> monitoring.reports(s.schoolId(), 0, 10));
        assertEquals(1, reports.size());
        assertEquals(mine.size(), reports.get(0).violationCount());
        assertTrue(reports.get(0).comment().startsWith("Смирнов М. И. не заполняет"));
        assertTrue(inbox(s.deputy()).contains("прошу принять меры"));

        Exception blank = assertThrows(
                Exception.class,
                () -> Caller.run(s.classTeacherA(), CLASS_TEACHER, () -> monitoring.report(s.classA(), "  ")));
        assertTrue(hasCause(blank, ConstraintViolationException.class), "an empty comment is refused: " + blank);
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(s.classTeacherA(), CLASS_TEACHER, () -> monitoring.report(s.classB(), "Чужой класс")));
    }

    @Test
    @DisplayName("The deputy director reminds a teacher; the teacher sees only their own open violations")
    void remindAndOwnList() throws Exception {
        fixtures.lessonA(s, s.today().minusDays(1), 1, false, false);
        evaluate();

        int reminded = Caller.as(
                s.deputy(),
                DEPUTY,
                () -> monitoring.remind(s.schoolId(), s.mathTeacher(), "Заполните, пожалуйста, до пятницы"));
        assertTrue(reminded > 0);
        assertTrue(inbox(s.subjectTeacher()).contains("Заполните, пожалуйста, до пятницы"));

        List<ViolationRow> own = Caller.as(s.subjectTeacher(), SUBJECT_TEACHER, () -> monitoring.myViolations(100));
        assertFalse(own.isEmpty());
        assertTrue(own.stream().allMatch(r -> r.teacherId() == s.mathTeacher() && r.isOpen()));
        assertEquals(own.size(), Caller.as(s.subjectTeacher(), SUBJECT_TEACHER, () -> monitoring.countMyViolations()));
        // the home card's one call: the first rows and the count of the two calls above
        var card = Caller.as(s.subjectTeacher(), SUBJECT_TEACHER, () -> monitoring.myOpenViolations(1));
        assertEquals(own.subList(0, 1), card.rows());
        assertEquals(own.size(), card.total());
        assertEquals(own.size() - 1, card.more());
    }

    @Test
    @DisplayName("Roles without the right and other schools are refused the violations")
    void refusals() {
        ViolationFilter all = ViolationFilter.open();
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(s.otherSchoolDeputy(), DEPUTY, () -> monitoring.violations(s.schoolId(), all, 0, 10)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        s.otherSchoolDeputy(),
                        DEPUTY,
                        () -> monitoring.evaluate(EvaluationScope.school(s.schoolId()))));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        s.classTeacherA(), CLASS_TEACHER, () -> monitoring.violations(s.schoolId(), all, 0, 10)),
                "a class teacher sees no whole school");
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        s.classTeacherA(),
                        CLASS_TEACHER,
                        () -> monitoring.violations(s.schoolId(), all.withClass(s.classB()), 0, 10)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(
                        s.subjectTeacher(),
                        SUBJECT_TEACHER,
                        () -> monitoring.violations(s.schoolId(), all.withClass(s.classA()), 0, 10)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(
                        s.parent(),
                        PARENT,
                        () -> monitoring.violations(s.schoolId(), all.withClass(s.classA()), 0, 10)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(
                        s.classTeacherA(),
                        CLASS_TEACHER,
                        () -> monitoring.remind(s.schoolId(), s.mathTeacher(), null)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        s.otherSchoolDeputy(), DEPUTY, () -> monitoring.remind(s.schoolId(), s.mathTeacher(), null)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(s.deputy(), DEPUTY, () -> monitoring.report(s.classA(), "Нельзя")));
        assertThrows(EJBAccessException.class, () -> Caller.run(s.parent(), PARENT, () -> monitoring.myViolations(10)));
        assertThrows(
                EJBAccessException.class, () -> Caller.run(s.parent(), PARENT, () -> monitoring.myOpenViolations(10)));
    }

    @Test
    @DisplayName("The chart counts open violations per week and timeliness counts lessons filled on time")
    void chartAndTimeliness() throws Exception {
        fixtures.lessonA(s, s.today().minusDays(1), 1, false, false);
        fixtures.lessonA(s, s.today().minusDays(2), 1, true, false);
        evaluate();

        var weeks = Caller.as(s.deputy(), DEPUTY, () -> monitoring.weeklyCounts(s.schoolId(), 8));
        assertEquals(8, weeks.size());
        long open =
                Caller.as(s.deputy(), DEPUTY, () -> monitoring.countViolations(s.schoolId(), ViolationFilter.open()));
        assertEquals(open, weeks.get(7).openAtEnd(), "this week ends with every open violation");

        var timeliness = Caller.as(s.deputy(), DEPUTY, () -> monitoring.timeliness(s.schoolId(), s.currentPeriod()));
        var maths = timeliness.stream()
                .filter(t -> t.teacherId() == s.mathTeacher())
                .findFirst()
                .orElseThrow();
        assertEquals(2, maths.lessons());
        assertEquals(1, maths.onTime());
        assertEquals(50.0, maths.percent());
    }

    private EvaluationResult evaluate() throws Exception {
        return Caller.as(s.deputy(), DEPUTY, () -> monitoring.evaluate(EvaluationScope.school(s.schoolId())));
    }

    private List<ViolationRow> rows(ViolationRule rule, ViolationFilter.Status status) throws Exception {
        return Caller.as(
                s.deputy(),
                DEPUTY,
                () -> monitoring.violations(
                        s.schoolId(), new ViolationFilter(null, null, null, rule, null, status), 0, 1000));
    }

    private long count(long lessonId, ViolationRule rule, boolean openOnly) {
        return tx.call(em -> em.createQuery(
                        "select count(v) from Violation v where v.lesson.id = :lesson" + " and v.rule = :rule"
                                + (openOnly ? " and v.closedAt is null" : ""),
                        Long.class)
                .setParameter("lesson", lessonId)
                .setParameter("rule", rule)
                .getSingleResult());
    }

    private void addMark(long lessonId, long studentId, String value) {
        tx.call(em -> {
            Lesson lesson = em.find(Lesson.class, lessonId);
            em.persist(new Mark(
                    lesson, em.find(Student.class, studentId), value, lesson.getWorkType(), "test", Instant.now()));
            return null;
        });
    }

    /** Subjects and bodies of the messages a person received. */
    private String inbox(String login) {
        return tx.call(em -> String.join(
                "\n",
                em.createQuery("""
                        select concat(m.subject, ': ', m.body) from MessageRecipient r join r.message m
                        where r.recipient.login = :login""", String.class).setParameter("login", login).getResultList()));
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
