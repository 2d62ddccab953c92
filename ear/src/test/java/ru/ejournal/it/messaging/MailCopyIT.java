package ru.ejournal.it.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.support.Fixture.CLASS_TEACHER;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.it.monitoring.MonitoringFixtures;
import ru.ejournal.it.monitoring.MonitoringSchool;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.messaging.boundary.MessageService;
import ru.ejournal.monitoring.control.MonitoringRun;

/**
 * E-mail copies of internal messages, sent through the server's real mail session to an SMTP server
 * (GreenMail) started inside the server by the test on the port the mail session is configured with.
 */
@ExtendWith(ArquillianExtension.class)
class MailCopyIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    MonitoringFixtures monitoringFixtures;

    @Inject
    MessageService messages;

    @Inject
    MonitoringRun nightlyRun;

    @Inject
    Tx tx;

    GreenMail smtp;
    Fixture f;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("ejournal.smtp.port", 3025), "127.0.0.1", "smtp"));
        smtp.start();
        System.setProperty("ejournal.mail.enabled", "true");
        f = schools.create();
    }

    @AfterEach
    void stopSmtp() {
        System.clearProperty("ejournal.mail.enabled");
        smtp.stop();
    }

    @Test
    @DisplayName("A class teacher's message reaches the parent's mailbox as a copy in Russian, to that parent only")
    void parentGetsCopy() throws Exception {
        setParentEmail(f.parentA(), "mother@example.ru");

        Caller.as(
                f.classTeacherA(),
                CLASS_TEACHER,
                () -> messages.send(List.of(parentKey()), "Собрание в четверг", "Приходите в 18:00 в кабинет 12."));

        assertTrue(smtp.waitForIncomingEmail(15_000, 1), "no e-mail arrived");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        MimeMessage mail = received[0];
        assertEquals(
                List.of("mother@example.ru"),
                Arrays.stream(mail.getRecipients(RecipientType.TO))
                        .map(Object::toString)
                        .toList());
        assertEquals("Электронный журнал: Собрание в четверг", mail.getSubject());
        String text = mail.getContent().toString();
        assertTrue(text.contains("Приходите в 18:00 в кабинет 12."), text);
        assertTrue(text.contains("пишет вам в электронном журнале"), text);
    }

    @Test
    @DisplayName("No copy when e-mail copies are switched off, or when the parent has no address")
    void noCopyWhenOffOrNoAddress() throws Exception {
        // Copies go out after the commit, off the request: a negative is proved by waiting a little.
        Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> messages.send(List.of(parentKey()), "Тема", "Без адреса"));
        assertFalse(smtp.waitForIncomingEmail(3_000, 1), "the parent has no address");

        setParentEmail(f.parentA(), "mother@example.ru");
        System.setProperty("ejournal.mail.enabled", "false");
        Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> messages.send(List.of(parentKey()), "Тема", "Выключено"));
        assertFalse(smtp.waitForIncomingEmail(3_000, 1), "copies are switched off");

        System.setProperty("ejournal.mail.enabled", "true");
        Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> messages.send(List.of(parentKey()), "Тема", "Включено"));
        assertTrue(smtp.waitForIncomingEmail(15_000, 1));
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length, "only the message sent with copies on and an address known");
        assertTrue(received[0].getContent().toString().contains("Включено"));
    }

    @Test
    @DisplayName("A message that fails validation is neither stored nor mailed")
    void rejectedMessageIsNotMailed() throws Exception {
        setParentEmail(f.parentA(), "mother@example.ru");
        try {
            Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> messages.send(List.of(parentKey()), "Тема", " "));
        } catch (Exception expected) {
            // the empty body is refused
        }
        Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> messages.send(List.of(parentKey()), "Тема", "Второе"));
        assertTrue(smtp.waitForIncomingEmail(15_000, 1));
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        assertTrue(received[0].getContent().toString().contains("Второе"));
    }

    @Test
    @DisplayName("The nightly monitoring message reaches the deputy director's and the teacher's mailboxes")
    void nightlyMonitoringCopies() throws Exception {
        MonitoringSchool s = monitoringFixtures.create();
        monitoringFixtures.lessonA(s, s.today().minusDays(1), 1, false, false);
        setStaffEmail(s.deputy(), "zavuch@example.ru");
        setStaffEmail(s.subjectTeacher(), "math@example.ru");

        MonitoringRun.Summary summary = nightlyRun.runAlone(s.schoolId(), s.today(), Instant.now());

        assertTrue(summary.messages() >= 2, "the deputy director and the maths teacher are told");
        assertTrue(smtp.waitForIncomingEmail(15_000, 2), "the two copies did not arrive");
        MimeMessage[] received = smtp.getReceivedMessages();
        String deputyMail = textTo(received, "zavuch@example.ru");
        assertTrue(deputyMail.contains("не записана тема урока"), deputyMail);
        assertTrue(deputyMail.contains("Смирнов М. И."), deputyMail);
        String teacherMail = textTo(received, "math@example.ru");
        assertTrue(teacherMail.contains("не записана тема урока"), teacherMail);
        assertFalse(teacherMail.contains("Волков"), "a teacher's copy has only their own list");
    }

    private static String textTo(MimeMessage[] received, String address) throws Exception {
        for (MimeMessage m : received) {
            if (Arrays.stream(m.getRecipients(RecipientType.TO))
                    .anyMatch(a -> a.toString().equals(address))) {
                return m.getSubject() + "\n" + m.getContent();
            }
        }
        throw new AssertionError("no e-mail to " + address + " among " + received.length);
    }

    private String parentKey() {
        long account = tx.call(em -> em.createQuery("select a.id from UserAccount a where a.login = :login", Long.class)
                .setParameter("login", f.parentA())
                .getSingleResult());
        return account + ":" + f.studentA();
    }

    private void setParentEmail(String login, String email) {
        setEmail("Parent", "parent", login, email);
    }

    private void setStaffEmail(String login, String email) {
        setEmail("StaffMember", "staffMember", login, email);
    }

    /** Gives the person behind an account an e-mail address, as their card would. */
    private void setEmail(String entity, String relation, String login, String email) {
        tx.call(em -> em.createQuery("update " + entity + " e set e.email = :email where e.id =" + " (select a."
                        + relation + ".id from UserAccount a where a.login = :login)")
                .setParameter("email", email)
                .setParameter("login", login)
                .executeUpdate());
    }
}
