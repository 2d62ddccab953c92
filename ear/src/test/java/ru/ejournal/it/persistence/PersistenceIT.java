package ru.ejournal.it.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.attendance.entity.Absence;
import ru.ejournal.attendance.entity.AbsenceCode;
import ru.ejournal.attendance.entity.AbsenceExcuse;
import ru.ejournal.attendance.entity.ExcuseReason;
import ru.ejournal.common.control.DatabaseMigration;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.journal.entity.Mark;
import ru.ejournal.journal.entity.PeriodGrade;
import ru.ejournal.journal.entity.PeriodGradeKind;
import ru.ejournal.messaging.entity.Message;
import ru.ejournal.monitoring.entity.Severity;
import ru.ejournal.monitoring.entity.Violation;
import ru.ejournal.monitoring.entity.ViolationRule;
import ru.ejournal.movement.entity.MovementRequest;
import ru.ejournal.movement.entity.MovementStatus;
import ru.ejournal.parent.entity.Parent;
import ru.ejournal.parent.entity.StudentParent;
import ru.ejournal.regulation.entity.RegulationAcknowledgement;
import ru.ejournal.regulation.entity.RegulationVersion;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.school.entity.Subgroup;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.student.entity.Student;

/**
 * The persistence unit is EclipseLink's, the schema is Flyway's, and each aggregate of the domain
 * survives a round trip through the database (written in one transaction, read in another).
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    Tx tx;

    @Inject
    DatabaseMigration migration;

    @Resource(lookup = "java:jboss/datasources/JournalDS")
    DataSource dataSource;

    Fixture f;

    @BeforeEach
    void createSchool() {
        f = schools.create();
    }

    @Test
    @DisplayName("The persistence unit is served by EclipseLink, not by WildFly's default provider")
    void eclipseLinkServesThePersistenceUnit() {
        String[] facts = tx.call(em -> new String[] {
            em.getDelegate().getClass().getName(),
            em.unwrap(org.eclipse.persistence.sessions.Session.class)
                    .getDatasourcePlatform()
                    .getClass()
                    .getSimpleName()
        });
        assertTrue(facts[0].startsWith("org.eclipse.persistence."), facts[0]);
        String expected = System.getProperty("ejournal.db.driver", "h2").equals("postgresql") ? "PostgreSQL" : "H2";
        assertTrue(facts[1].startsWith(expected), "EclipseLink speaks the configured database's dialect: " + facts[1]);
    }

    @Test
    @DisplayName("Flyway migrated the configured database and recorded every migration as successful")
    void flywayMigratedTheConfiguredDatabase() throws Exception {
        String expected = System.getProperty("ejournal.db.driver", "h2").equals("postgresql") ? "PostgreSQL" : "H2";
        assertEquals(expected, migration.databaseProduct());
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT count(*), sum(CASE WHEN success THEN 1 ELSE 0 END) FROM flyway_schema_history"
                                + " WHERE version IS NOT NULL AND version <> '0'")) {
            rs.next();
            assertTrue(rs.getInt(1) >= 1);
            assertEquals(rs.getInt(1), rs.getInt(2), "every migration succeeded");
        }
    }

    @Test
    @DisplayName("School structure, students, parents and accounts round-trip")
    void schoolStudentsParentsAccounts() {
        Long subgroupId = tx.call(em -> {
            SchoolClass c = em.find(SchoolClass.class, f.classA());
            Student s = em.find(Student.class, f.studentA());
            Subgroup g =
                    new Subgroup(c, em.find(Lesson.class, f.lessonA()).getSubject(), "G1", "Математика, 1 подгруппа");
            g.getMembers().add(s);
            em.persist(g);
            return ensureId(em, g);
        });
        tx.call(em -> {
            Subgroup g = em.find(Subgroup.class, subgroupId);
            assertEquals("5А", g.getSchoolClass().getName());
            assertEquals(
                    Set.of(f.studentA()),
                    g.getMembers().stream().map(Student::getId).collect(java.util.stream.Collectors.toSet()));
            Student s = em.find(Student.class, f.studentA());
            List<StudentParent> parents = s.getParents();
            assertEquals(1, parents.size());
            Parent mother = parents.get(0).getParent();
            assertEquals("Кузнецова Елена Сергеевна", mother.fullName());
            UserAccount account = em.createNamedQuery("UserAccount.findByLogin", UserAccount.class)
                    .setParameter("login", f.parentA())
                    .getSingleResult();
            assertEquals(Set.of(Role.PARENT), account.getRoles());
            assertEquals(mother, account.getParent());
            return null;
        });
    }

    @Test
    @DisplayName("A lesson with its marks, absences, an excuse and a period grade round-trips")
    void journalAggregate() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        tx.call(em -> {
            Lesson lesson = em.find(Lesson.class, f.lessonA());
            Student s = em.find(Student.class, f.studentA());
            lesson.setHomework("§ 3, № 112");
            lesson.setAttendanceTaken(true);
            em.persist(new Mark(lesson, s, "5", lesson.getWorkType(), "tester", now));
            em.persist(new Mark(lesson, s, "4", lesson.getWorkType(), "tester", now));
            em.persist(new Absence(lesson, em.find(Student.class, f.studentA()), AbsenceCode.OP, "tester", now));
            em.persist(new AbsenceExcuse(
                    s, LocalDate.now(), LocalDate.now().plusDays(2), ExcuseReason.ILLNESS, "справка", "tester", now));
            StudyPeriod year = em.createQuery("select p from StudyPeriod p where p.school = :school", StudyPeriod.class)
                    .setParameter("school", s.getSchool())
                    .getSingleResult();
            em.persist(new PeriodGrade(s, lesson.getSubject(), year, PeriodGradeKind.PERIOD, "5", "tester", now));
            return null;
        });
        tx.call(em -> {
            Lesson lesson = em.find(Lesson.class, f.lessonA());
            assertEquals("§ 3, № 112", lesson.getHomework());
            assertTrue(lesson.isAttendanceTaken());
            List<String> values = em.createQuery(
                            "select m.value from Mark m where m.lesson = :l order by m.value", String.class)
                    .setParameter("l", lesson)
                    .getResultList();
            assertEquals(List.of("4", "5"), values);
            Absence absence = em.createQuery("select a from Absence a where a.lesson = :l", Absence.class)
                    .setParameter("l", lesson)
                    .getSingleResult();
            assertEquals(AbsenceCode.OP, absence.getCode());
            assertEquals(now, absence.getEnteredAt(), "Instant survives as UTC");
            AbsenceExcuse excuse = em.createQuery(
                            "select e from AbsenceExcuse e where e.student.id = :s", AbsenceExcuse.class)
                    .setParameter("s", f.studentA())
                    .getSingleResult();
            assertEquals(AbsenceCode.B, excuse.getReason().resultingCode());
            PeriodGrade grade = em.createQuery("select g from PeriodGrade g where g.student.id = :s", PeriodGrade.class)
                    .setParameter("s", f.studentA())
                    .getSingleResult();
            assertEquals("5", grade.getValue());
            return null;
        });
    }

    @Test
    @DisplayName("Movement requests, violations, messages with receipts and the regulation round-trip")
    void workflowsRoundTrip() {
        Instant now = Instant.now();
        tx.call(em -> {
            Student s = em.find(Student.class, f.studentA());
            MovementRequest departure =
                    MovementRequest.departure(s, LocalDate.now().plusDays(7), "МБОУ «СОШ № 5», г. Энск", "tester", now);
            departure.setOrderNumber("123-у");
            em.persist(departure);
            em.persist(Violation.forLesson(
                    em.find(Lesson.class, f.lessonA()), ViolationRule.TOPIC_MISSING, Severity.VIOLATION, now));
            UserAccount sender = account(em, f.classTeacherA());
            Message message = new Message(sender, "Собрание", "Собрание в четверг", now);
            message.addRecipient(account(em, f.parentA()), s);
            em.persist(message);
            RegulationVersion regulation = new RegulationVersion(s.getSchool(), "Положение об ЭЖ", "Текст");
            regulation.setPdf(new byte[] {37, 80, 68, 70});
            em.persist(regulation);
            Parent parent = s.getParents().get(0).getParent();
            em.persist(new RegulationAcknowledgement(regulation, parent, now, true, "tester"));
            return null;
        });
        tx.call(em -> {
            MovementRequest departure = em.createQuery(
                            "select m from MovementRequest m where m.student.id = :s", MovementRequest.class)
                    .setParameter("s", f.studentA())
                    .getSingleResult();
            assertEquals(MovementStatus.OPEN, departure.getStatus());
            assertEquals("123-у", departure.getOrderNumber());
            Violation violation = em.createQuery("select v from Violation v where v.lesson.id = :l", Violation.class)
                    .setParameter("l", f.lessonA())
                    .getSingleResult();
            assertEquals(ViolationRule.TOPIC_MISSING, violation.getRule());
            assertEquals(null, violation.getClosedAt());
            Message message = em.createQuery("select m from Message m where m.sender.login = :login", Message.class)
                    .setParameter("login", f.classTeacherA())
                    .getSingleResult();
            assertEquals(1, message.getRecipients().size());
            assertEquals(null, message.getRecipients().get(0).getReadAt());
            RegulationAcknowledgement ack = em.createQuery(
                            "select a from RegulationAcknowledgement a where a.regulationVersion.school.id = :school",
                            RegulationAcknowledgement.class)
                    .setParameter("school", f.schoolId())
                    .getSingleResult();
            assertTrue(ack.isOnPaper());
            assertEquals(4, ack.getRegulationVersion().getPdf().length);
            return null;
        });
    }

    private static UserAccount account(jakarta.persistence.EntityManager em, String login) {
        return em.createNamedQuery("UserAccount.findByLogin", UserAccount.class)
                .setParameter("login", login)
                .getSingleResult();
    }

    private static Long ensureId(jakarta.persistence.EntityManager em, Subgroup g) {
        em.flush();
        assertNotNull(g.getId());
        return g.getId();
    }
}
