package ru.ejournal.it.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.attendance.entity.Absence;
import ru.ejournal.attendance.entity.AbsenceCode;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.journal.entity.Mark;
import ru.ejournal.monitoring.boundary.AtRiskSettings;
import ru.ejournal.monitoring.boundary.MonitoringSettingsService;
import ru.ejournal.notification.boundary.NotificationSettingsService;
import ru.ejournal.notification.control.OutboxDrain;
import ru.ejournal.notification.entity.Delivery;
import ru.ejournal.reports.boundary.AtRiskRow;
import ru.ejournal.reports.boundary.AtRiskService;
import ru.ejournal.reports.control.AtRiskPass;
import ru.ejournal.school.entity.AcademicYear;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.school.entity.StudyPeriodKind;
import ru.ejournal.school.entity.Subject;
import ru.ejournal.school.entity.TeachingAssignment;
import ru.ejournal.staff.entity.StaffMember;
import ru.ejournal.student.entity.Student;

/**
 * Pupils at risk (issue 16) on a generated class: a quarter in its fourth week with two weeks left, pupils
 * who cross each threshold (a low average, too few marks for the weeks left, unexcused absences) and pupils
 * who do not; the expected list is computed here from the generated marks with the defaults (threshold
 * 0.50, three marks, «2», one mark a week, five absences), not by the rule's code. Then: a pupil who
 * recovers leaves the list, a second pass changes nothing, the refusals, and the parents' notices.
 */
@ExtendWith(ArquillianExtension.class)
class PupilsAtRiskIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    AtRiskService atRisk;

    @Inject
    MonitoringSettingsService settings;

    @Inject
    NotificationSettingsService notificationSettings;

    @Inject
    OutboxDrain drain;

    @Inject
    Tx tx;

    /** What the test generated: the marks and unexcused absences of each pupil and subject. */
    static final class Generated {
        Fixture f;
        long math;
        long russian;
        long period;
        long recovering;
        long fewMarks;
        long absent;
        final Map<String, List<Integer>> marks = new LinkedHashMap<>();
        final Map<String, Integer> unexcused = new LinkedHashMap<>();
        final Map<Long, String> names = new LinkedHashMap<>();

        static String key(long student, long subject) {
            return student + "|" + subject;
        }
    }

    private Generated generate() {
        Generated g = new Generated();
        g.f = schools.create();
        LocalDate today = LocalDate.now();
        tx.call(em -> {
            SchoolClass a = em.find(SchoolClass.class, g.f.classA());
            SchoolClass b = em.find(SchoolClass.class, g.f.classB());
            AcademicYear year = a.getAcademicYear();
            // day 22 of the quarter (its fourth week); 11 days left with today: two weeks
            StudyPeriod quarter = new StudyPeriod(
                    year, "Q", "2 четверть", StudyPeriodKind.QUARTER, today.minusDays(21), today.plusDays(10));
            em.persist(quarter);
            Subject math = em.createQuery(
                            "select t.subject from TeachingAssignment t where t.schoolClass = :c", Subject.class)
                    .setParameter("c", a)
                    .getSingleResult();
            StaffMember mathTeacher = em.createQuery(
                            "select t.teacher from TeachingAssignment t where t.schoolClass = :c", StaffMember.class)
                    .setParameter("c", a)
                    .getSingleResult();
            Subject russian = new Subject(a.getSchool(), "RUS", "Русский язык");
            em.persist(russian);
            em.persist(new TeachingAssignment(a.getClassTeacher(), a, null, russian));
            Student kuznetsov = em.find(Student.class, g.f.studentA());
            Student[] pupils = {
                kuznetsov,
                pupil(em, a, "Агеева", "Ольга"),
                pupil(em, a, "Борисов", "Пётр"),
                pupil(em, a, "Волков", "Иван"),
                pupil(em, a, "Горина", "Дарья"),
                pupil(em, a, "Данилов", "Олег"),
            };
            // math: a low average; no marks; good marks but 5 unexcused; good; 2,50 (rounds to «3»); all «2»
            String[][] mathMarks = {
                {"2", "2", "3"}, {}, {"4", "5", "4"}, {"4", "4", "5"}, {"3", "2"}, {"2", "2", "2"},
            };
            String[][] russianMarks = {
                {"2", "2", "2", "3"}, {}, {"4", "4", "4"}, {"5", "5", "4"}, {"4", "4", "3"}, {"3", "4", "3"},
            };
            List<Lesson> mathLessons = lessons(em, a, math, mathTeacher, today, 10, 2);
            List<Lesson> russianLessons = lessons(em, a, russian, a.getClassTeacher(), today, 6, 3);
            for (int i = 0; i < pupils.length; i++) {
                g.names.put(pupils[i].getId(), pupils[i].getLastName());
                marks(em, g, pupils[i], math.getId(), mathLessons, mathMarks[i]);
                marks(em, g, pupils[i], russian.getId(), russianLessons, russianMarks[i]);
            }
            // Борисов: Н ×3 and П ×2 in math (unexcused), Б and У (excused): 5 unexcused
            AbsenceCode[] codes = {
                AbsenceCode.N, AbsenceCode.N, AbsenceCode.N, AbsenceCode.P, AbsenceCode.P, AbsenceCode.B, AbsenceCode.U
            };
            for (int i = 0; i < codes.length; i++) {
                em.persist(new Absence(mathLessons.get(3 + i), pupils[2], codes[i], "it", Instant.now()));
            }
            g.unexcused.put(Generated.key(pupils[2].getId(), math.getId()), 5);
            // Волков: 4 unexcused in Russian, one short of the threshold
            for (int i = 0; i < 4; i++) {
                em.persist(new Absence(russianLessons.get(i), pupils[3], AbsenceCode.N, "it", Instant.now()));
            }
            g.unexcused.put(Generated.key(pupils[3].getId(), russian.getId()), 4);
            // class B's pupil has math with no marks at all
            Student orlova = em.find(Student.class, g.f.studentB());
            g.names.put(orlova.getId(), orlova.getLastName());
            g.marks.put(Generated.key(orlova.getId(), math.getId()), new ArrayList<>());
            g.math = math.getId();
            g.russian = russian.getId();
            g.period = quarter.getId();
            g.fewMarks = pupils[1].getId();
            g.absent = pupils[2].getId();
            g.recovering = pupils[5].getId();
            return b;
        });
        return g;
    }

    private static Student pupil(jakarta.persistence.EntityManager em, SchoolClass c, String last, String first) {
        Student s = new Student(c, c.getCode() + "-" + last, last, first, null);
        em.persist(s);
        return s;
    }

    /** One lesson a day on the last {@code count} school days before today that fall within the quarter. */
    private static List<Lesson> lessons(
            jakarta.persistence.EntityManager em,
            SchoolClass c,
            Subject subject,
            StaffMember teacher,
            LocalDate today,
            int count,
            int number) {
        List<Lesson> lessons = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Lesson lesson = new Lesson(c, null, subject, teacher, today.minusDays(1 + 2L * i), number);
            lesson.setTopic("Тема " + i);
            em.persist(lesson);
            lessons.add(lesson);
        }
        return lessons;
    }

    private static void marks(
            jakarta.persistence.EntityManager em,
            Generated g,
            Student pupil,
            long subject,
            List<Lesson> lessons,
            String[] values) {
        List<Integer> numbers = g.marks.computeIfAbsent(Generated.key(pupil.getId(), subject), k -> new ArrayList<>());
        for (int i = 0; i < values.length; i++) {
            em.persist(new Mark(lessons.get(i), pupil, values[i], null, "it", Instant.now()));
            numbers.add(Integer.parseInt(values[i]));
        }
    }

    /**
     * The expected findings, by the rule's words in docs/reports.md, with integer arithmetic: "student|subject
     * → low,few,absences".
     */
    private static Map<String, String> expected(Generated g) {
        Map<String, String> expected = new java.util.TreeMap<>();
        int weeksLeft = 2;
        for (Map.Entry<String, List<Integer>> e : g.marks.entrySet()) {
            List<Integer> m = e.getValue();
            int count = m.size();
            int sum = m.stream().mapToInt(Integer::intValue).sum();
            boolean low = false;
            if (count > 0) {
                int whole = sum / count;
                boolean up = (sum - whole * count) * 2 >= count; // the fraction reaches 0.50
                low = whole + (up ? 1 : 0) <= 2;
            }
            boolean few = count < 3 && 3 - count > weeksLeft;
            boolean absences = g.unexcused.getOrDefault(e.getKey(), 0) >= 5;
            if (low || few || absences) {
                expected.put(e.getKey(), low + "," + few + "," + absences);
            }
        }
        return expected;
    }

    private static Map<String, String> found(List<AtRiskRow> rows) {
        Map<String, String> found = new java.util.TreeMap<>();
        for (AtRiskRow r : rows) {
            String previous = found.put(
                    Generated.key(r.studentId(), r.subjectId()),
                    r.lowGrade() + "," + r.fewMarks() + "," + r.absences());
            assertEquals(null, previous, "one row per pupil and subject");
        }
        return found;
    }

    private List<AtRiskRow> school(Generated g) throws Exception {
        return Caller.as(g.f.deputy(), Fixture.DEPUTY, () -> atRisk.forSchool(g.f.schoolId(), null, 0, 200));
    }

    private AtRiskPass.Result runNow(Generated g) throws Exception {
        return Caller.as(g.f.deputy(), Fixture.DEPUTY, () -> atRisk.runNow(g.f.schoolId()));
    }

    @Test
    @DisplayName("The pass finds exactly the pupils the test expects, each with the reason in words")
    void findsThePupilsOverEachThreshold() throws Exception {
        Generated g = generate();
        Map<String, String> expected = expected(g);
        assertTrue(expected.size() >= 5, "the data cross every threshold: " + expected);

        AtRiskPass.Result result = runNow(g);

        List<AtRiskRow> rows = school(g);
        assertEquals(expected, found(rows));
        assertEquals(expected.size(), result.opened());
        long counted = Caller.as(g.f.deputy(), Fixture.DEPUTY, () -> atRisk.countForSchool(g.f.schoolId(), null));
        assertEquals(expected.size(), counted);
        Map<String, String> reasons = rows.stream()
                .collect(Collectors.toMap(r -> g.names.get(r.studentId()) + "|" + r.subject(), AtRiskRow::reason));
        assertEquals("3 отметки, средний 2,33; до конца четверти 2 недели", reasons.get("Кузнецов|Математика"));
        assertEquals("4 отметки, средний 2,25; до конца четверти 2 недели", reasons.get("Кузнецов|Русский язык"));
        assertEquals("нет отметок; до конца четверти 2 недели", reasons.get("Агеева|Математика"));
        assertEquals("5 пропусков без уважительной причины", reasons.get("Борисов|Математика"));
        assertEquals("3 отметки, средний 2,00; до конца четверти 2 недели", reasons.get("Данилов|Математика"));
        assertFalse(reasons.containsKey("Горина|Математика"), "2,50 rounds to «3», and one mark fits in two weeks");
        assertFalse(reasons.containsKey("Волков|Русский язык"), "four unexcused absences are below five");

        // the deputy's filter by class and its paging
        List<AtRiskRow> classB =
                Caller.as(g.f.deputy(), Fixture.DEPUTY, () -> atRisk.forSchool(g.f.schoolId(), g.f.classB(), 0, 50));
        assertEquals(1, classB.size());
        assertEquals(g.f.studentB(), classB.get(0).studentId());
        List<AtRiskRow> page1 =
                Caller.as(g.f.deputy(), Fixture.DEPUTY, () -> atRisk.forSchool(g.f.schoolId(), null, 0, 2));
        List<AtRiskRow> page2 =
                Caller.as(g.f.deputy(), Fixture.DEPUTY, () -> atRisk.forSchool(g.f.schoolId(), null, 2, 2));
        assertEquals(2, page1.size());
        assertTrue(page2.stream().noneMatch(r -> page1.stream().anyMatch(p -> p.id() == r.id())));

        // the class teacher sees their class; the subject teacher their own assignment (math of class A)
        List<AtRiskRow> classA =
                Caller.as(g.f.classTeacherA(), Fixture.CLASS_TEACHER, () -> atRisk.forClass(g.f.classA()));
        assertEquals(expected.size() - 1, classA.size());
        assertTrue(classA.stream().allMatch(r -> r.classId() == g.f.classA()));
        List<AtRiskRow> mine = Caller.as(g.f.subjectTeacherA(), Fixture.SUBJECT_TEACHER, () -> atRisk.mine(50));
        TreeSet<String> expectedMine = expected.keySet().stream()
                .filter(k -> k.endsWith("|" + g.math) && !k.startsWith(g.f.studentB() + "|"))
                .collect(Collectors.toCollection(TreeSet::new));
        TreeSet<String> foundMine = mine.stream()
                .map(r -> Generated.key(r.studentId(), r.subjectId()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expectedMine, foundMine);
        long countMine = Caller.as(g.f.subjectTeacherA(), Fixture.SUBJECT_TEACHER, () -> atRisk.countMine());
        assertEquals(mine.size(), countMine);
        // the home card's one call: the same rows and count
        var card = Caller.as(g.f.subjectTeacherA(), Fixture.SUBJECT_TEACHER, () -> atRisk.mineFirst(50));
        assertEquals(mine, card.rows());
        assertEquals(countMine, card.total());
        List<AtRiskRow> teacherB = Caller.as(g.f.classTeacherB(), Fixture.CLASS_TEACHER, () -> atRisk.mine(50));
        assertEquals(
                List.of(g.f.studentB()),
                teacherB.stream().map(AtRiskRow::studentId).toList());
    }

    @Test
    @DisplayName("A second pass changes nothing; a pupil who recovers leaves the list, and the row is kept closed")
    void idempotentAndRecovery() throws Exception {
        Generated g = generate();
        runNow(g);
        List<Object[]> before = snapshot(g);

        AtRiskPass.Result again = runNow(g);

        assertEquals(0, again.opened() + again.updated() + again.closed(), again.toString());
        assertEquals(rowsText(before), rowsText(snapshot(g)), "not a row, version or time changed");

        // Данилов gets five «5» in math: (2+2+2+25)/8 = 3.88 → «4»
        tx.call(em -> {
            Student pupil = em.find(Student.class, g.recovering);
            List<Lesson> lessons = em.createQuery(
                            "select l from Lesson l where l.schoolClass.id = :c and l.subject.id = :s order by l.id",
                            Lesson.class)
                    .setParameter("c", g.f.classA())
                    .setParameter("s", g.math)
                    .getResultList();
            for (int i = 3; i < 8; i++) {
                em.persist(new Mark(lessons.get(i), pupil, "5", null, "it", Instant.now()));
            }
            return null;
        });
        AtRiskPass.Result recovered = runNow(g);

        assertEquals(1, recovered.closed());
        assertEquals(0, recovered.opened());
        assertTrue(school(g).stream().noneMatch(r -> r.studentId() == g.recovering));
        Object closedAt = tx.call(em -> em.createNativeQuery(
                        "SELECT closed_at FROM at_risk_pupil WHERE student_id = ?1 AND subject_id = ?2")
                .setParameter(1, g.recovering)
                .setParameter(2, g.math)
                .getSingleResult());
        assertNotNull(closedAt, "the finding is kept, closed");

        // a stricter school: at-risk grade «3» brings pupils with a «3» in
        AtRiskSettings current = Caller.as(g.f.admin(), Fixture.ADMIN, () -> settings.atRiskSettings(g.f.schoolId()));
        assertEquals(new AtRiskSettings(2, 1, 5, current.version()), current, "the defaults");
        Caller.as(
                g.f.admin(),
                Fixture.ADMIN,
                () -> settings.saveAtRisk(g.f.schoolId(), new AtRiskSettings(3, 1, 5, current.version())));
        runNow(g);
        assertTrue(school(g).stream()
                .anyMatch(r -> g.names.get(r.studentId()).equals("Горина") && r.subjectId() == g.math));
    }

    @Test
    @DisplayName("Bad thresholds are refused with a clear message and nothing is stored")
    void badThresholds() throws Exception {
        Generated g = generate();
        AtRiskSettings current = Caller.as(g.f.admin(), Fixture.ADMIN, () -> settings.atRiskSettings(g.f.schoolId()));
        Exception e = assertThrows(
                Exception.class,
                () -> Caller.as(
                        g.f.admin(),
                        Fixture.ADMIN,
                        () -> settings.saveAtRisk(g.f.schoolId(), new AtRiskSettings(4, 0, 500, current.version()))));
        assertTrue(String.valueOf(messages(e)).contains("Отметка группы риска"), String.valueOf(messages(e)));
        assertEquals(current, Caller.as(g.f.admin(), Fixture.ADMIN, () -> settings.atRiskSettings(g.f.schoolId())));
    }

    private static List<String> messages(Throwable e) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.add(t.getMessage());
        }
        return messages;
    }

    @Test
    @DisplayName("Refusals: another class's teacher, a subject teacher for a class, another school, a parent")
    void refusals() throws Exception {
        Generated g = generate();
        runNow(g);
        assertThrows(
                ru.ejournal.security.control.AccessDeniedException.class,
                () -> Caller.run(g.f.classTeacherB(), Fixture.CLASS_TEACHER, () -> atRisk.forClass(g.f.classA())));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(g.f.subjectTeacherA(), Fixture.SUBJECT_TEACHER, () -> atRisk.forClass(g.f.classA())));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(
                        g.f.subjectTeacherA(),
                        Fixture.SUBJECT_TEACHER,
                        () -> atRisk.forSchool(g.f.schoolId(), null, 0, 10)));
        assertThrows(
                ru.ejournal.security.control.AccessDeniedException.class,
                () -> Caller.run(
                        g.f.otherSchoolDeputy(), Fixture.DEPUTY, () -> atRisk.forSchool(g.f.schoolId(), null, 0, 10)));
        assertThrows(
                ru.ejournal.security.control.AccessDeniedException.class,
                () -> Caller.run(g.f.otherSchoolDeputy(), Fixture.DEPUTY, () -> atRisk.forClass(g.f.classA())));
        assertThrows(
                ru.ejournal.security.control.AccessDeniedException.class,
                () -> Caller.run(g.f.otherSchoolDeputy(), Fixture.DEPUTY, () -> atRisk.runNow(g.f.schoolId())));
        assertEquals(
                List.of(),
                Caller.as(
                        g.f.otherSchoolDeputy(),
                        Fixture.DEPUTY,
                        () -> atRisk.forSchool(g.f.otherSchoolId(), g.f.classA(), 0, 10)),
                "another school's class through one's own school: nothing");
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(g.f.parentA(), Fixture.PARENT, () -> atRisk.forSchool(g.f.schoolId(), null, 0, 10)));
        assertThrows(EJBAccessException.class, () -> Caller.run(g.f.parentA(), Fixture.PARENT, () -> atRisk.mine(10)));
        assertThrows(
                EJBAccessException.class, () -> Caller.run(g.f.parentA(), Fixture.PARENT, () -> atRisk.mineFirst(10)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(g.f.parentA(), Fixture.PARENT, () -> atRisk.forClass(g.f.classA())));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(g.f.classTeacherA(), Fixture.CLASS_TEACHER, () -> atRisk.runNow(g.f.schoolId())));
    }

    @Test
    @DisplayName("A parent who chose the notice gets exactly one per subject when the child enters the list, once")
    void parentNoticeOncePerSubject() throws Exception {
        GreenMail smtp =
                new GreenMail(new ServerSetup(Integer.getInteger("ejournal.smtp.port", 3025), "127.0.0.1", "smtp"));
        smtp.start();
        System.setProperty("ejournal.mail.enabled", "true");
        try {
            Generated g = generate();
            String mother = "mother-" + g.f.parentA() + "@example.ru";
            tx.call(em -> em.createQuery("update Parent e set e.email = :email where e.id ="
                            + " (select a.parent.id from UserAccount a where a.login = :login)")
                    .setParameter("email", mother)
                    .setParameter("login", g.f.parentA())
                    .executeUpdate());
            Caller.as(
                    g.f.parentA(),
                    Fixture.PARENT,
                    () -> notificationSettings.save(
                            Delivery.OFF, Delivery.OFF, Delivery.OFF, Delivery.IMMEDIATE, 18, true));
            assertEquals(
                    Delivery.IMMEDIATE,
                    Caller.as(g.f.parentA(), Fixture.PARENT, () -> notificationSettings.mine())
                            .atRisk());

            AtRiskPass.Result first = runNow(g);
            assertEquals(2, first.notices(), "Кузнецов is at risk in math and Russian: two notices");
            assertEquals(2, outbox(g).size());
            drain.drain(Instant.now());

            assertTrue(smtp.waitForIncomingEmail(15_000, 1), "no e-mail arrived");
            Thread.sleep(1_000);
            List<MimeMessage> letters = to(smtp, mother);
            assertEquals(1, letters.size(), "the two notices due together go as one letter");
            String text = letters.get(0).getContent().toString();
            assertEquals(1, count(text, "Математика"), text);
            assertEquals(1, count(text, "Русский язык"), text);
            assertTrue(text.contains("Илья Кузнецов, Математика, 2 четверть: есть риск получить за период"), text);
            assertTrue(text.contains("3 отметки, средний 2,33; до конца четверти 2 недели"), text);

            AtRiskPass.Result second = runNow(g);
            assertEquals(0, second.notices(), "staying on the list tells nothing more");
            assertEquals(2, outbox(g).size());
            drain.drain(Instant.now());
            // other tests' notices may still be due in a shared database: only this parent's letters count
            Thread.sleep(2_000);
            assertEquals(1, to(smtp, mother).size(), "no second letter");

            // a parent who did not choose it (the default) hears nothing
            Generated other = generate();
            runNow(other);
            assertEquals(0, outbox(other).size());
        } finally {
            tx.call(em -> em.createNativeQuery(
                            "UPDATE notification_outbox SET failed_at = CURRENT_TIMESTAMP WHERE sent_at IS NULL")
                    .executeUpdate());
            System.clearProperty("ejournal.mail.enabled");
            smtp.stop();
        }
    }

    private List<?> outbox(Generated g) {
        return tx.call(em -> em.createNativeQuery("SELECT o.id FROM notification_outbox o JOIN user_account a"
                        + " ON a.id = o.account_id WHERE a.login = ?1 AND o.topic = 'AT_RISK'")
                .setParameter(1, g.f.parentA())
                .getResultList());
    }

    private static List<MimeMessage> to(GreenMail smtp, String address) throws Exception {
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(RecipientType.TO))
                    .anyMatch(a -> a.toString().equals(address))) {
                to.add(m);
            }
        }
        return to;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> snapshot(Generated g) {
        return tx.call(em -> em.createNativeQuery(
                        "SELECT id, version, updated_at, closed_at, notified_at, reason FROM at_risk_pupil"
                                + " WHERE school_id = ?1 ORDER BY id")
                .setParameter(1, g.f.schoolId())
                .getResultList());
    }

    private static List<String> rowsText(List<Object[]> rows) {
        return rows.stream().map(Arrays::toString).toList();
    }
}
