package ru.ejournal.it.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.support.Fixture.CLASS_TEACHER;
import static ru.ejournal.it.support.Fixture.PARENT;
import static ru.ejournal.it.support.Fixture.SUBJECT_TEACHER;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.journal.boundary.GradeBookCellService;
import ru.ejournal.notification.boundary.NotificationChoices;
import ru.ejournal.notification.boundary.NotificationSettingsService;
import ru.ejournal.notification.control.NotificationScan;
import ru.ejournal.notification.control.OutboxDrain;
import ru.ejournal.notification.entity.Delivery;

/**
 * The notifications parents choose, end to end inside the server: a mark saved in the grid, the scan of
 * the change history, the outbox drained through the server's real mail session to GreenMail, the
 * unsubscribe link over HTTP without signing in. The scan and the drain are called with the moment to
 * act at (the every-minute timer does the same with the clock), so the digest's hour and the retry's
 * back-off need no waiting.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationIT {

    private static final String BASE =
            "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    GradeBookCellService cells;

    @Inject
    NotificationSettingsService settings;

    @Inject
    NotificationScan scan;

    @Inject
    OutboxDrain drain;

    @Inject
    Tx tx;

    GreenMail smtp;
    Fixture f;
    String mother;

    @BeforeEach
    void start() {
        smtp = smtp();
        smtp.start();
        System.setProperty("ejournal.mail.enabled", "true");
        f = schools.create();
        mother = "mother-" + f.parentA() + "@example.ru";
        setParentEmail(mother);
    }

    @AfterEach
    void stop() {
        // nothing of this test may reach another test's mailbox later
        tx.call(em -> em.createNativeQuery(
                        "UPDATE notification_outbox SET failed_at = CURRENT_TIMESTAMP WHERE sent_at IS NULL")
                .executeUpdate());
        System.clearProperty("ejournal.mail.enabled");
        smtp.stop();
    }

    @Test
    @DisplayName("A new mark reaches the parent at once, in Russian, with a one-click unsubscribe link")
    void immediateMarkNotice() throws Exception {
        choose(Delivery.IMMEDIATE, 18);

        saveMark(f.lessonA(), f.studentA(), "5", SUBJECT_TEACHER, f.subjectTeacherA());
        sendDue(Instant.now());

        MimeMessage mail = only(mother);
        assertEquals("Электронный журнал: новое о ваших детях", mail.getSubject());
        String text = mail.getContent().toString();
        assertTrue(text.contains("Илья Кузнецов, Математика"), text);
        assertTrue(text.contains("отметка 5 (Ответ на уроке)"), text);
        assertTrue(text.contains("/unsubscribe?t="), text);
        assertTrue(mail.getHeader("List-Unsubscribe")[0].contains("/unsubscribe?t="));
    }

    @Test
    @DisplayName("A parent hears nothing of a child who is not theirs")
    void onlyOwnChildren() throws Exception {
        choose(Delivery.IMMEDIATE, 18);

        saveMark(f.lessonB(), f.studentB(), "2", CLASS_TEACHER, f.classTeacherB());
        sendDue(Instant.now());
        saveMark(f.lessonA(), f.studentA(), "4", SUBJECT_TEACHER, f.subjectTeacherA());
        sendDue(Instant.now());

        MimeMessage mail = only(mother);
        String text = mail.getContent().toString();
        assertTrue(text.contains("отметка 4"), text);
        assertFalse(text.contains("Орлова") || text.contains("отметка 2"), text);
    }

    @Test
    @DisplayName("The digest waits for the parent's hour and then brings the day's marks in one letter")
    void digestAtItsHour() throws Exception {
        int hour = Instant.now().atZone(ZoneId.systemDefault()).plusHours(3).getHour();
        choose(Delivery.DIGEST, hour);

        saveMark(f.lessonA(), f.studentA(), "5 4", SUBJECT_TEACHER, f.subjectTeacherA());
        Instant now = Instant.now();
        sendDue(now);
        assertFalse(smtp.waitForIncomingEmail(2_000, 1), "the digest is not due before its hour");

        Instant due = NotificationScan.nextAt(hour, now);
        assertEquals(hour, due.atZone(ZoneId.systemDefault()).getHour());
        assertEquals(0, drain.drain(due.minusSeconds(60)), "a minute before the hour nothing goes");
        assertEquals(1, drain.drain(due), "one letter at the hour");

        MimeMessage mail = only(mother);
        assertEquals("Электронный журнал: сводка за день", mail.getSubject());
        String text = mail.getContent().toString();
        assertTrue(text.contains("отметка 5") && text.contains("отметка 4"), text);
    }

    @Test
    @DisplayName("The unsubscribe link works without signing in; an altered or forged token is refused")
    void unsubscribeLink() throws Exception {
        choose(Delivery.IMMEDIATE, 18);
        saveMark(f.lessonA(), f.studentA(), "3", SUBJECT_TEACHER, f.subjectTeacherA());
        sendDue(Instant.now());
        String text = only(mother).getContent().toString();
        Matcher link = Pattern.compile("/unsubscribe\\?t=([A-Za-z0-9._-]+)").matcher(text);
        assertTrue(link.find(), text);
        String token = link.group(1);

        String[] parts = token.split("\\.");
        String otherAccount = (Long.parseLong(parts[0]) + 1) + "." + parts[1] + "." + parts[2];
        char last = parts[2].charAt(parts[2].length() - 1);
        String flipped = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 1)
                + (last == 'A' ? 'B' : 'A');
        // the first character carries six bits of the signature; the last one's low bits are unused by Base64,
        // so a decoder reads "…A" and "…B" alike: both must be refused (the signature is compared as text)
        char first = parts[2].charAt(0);
        String firstFlipped = parts[0] + "." + parts[1] + "." + (first == 'A' ? 'B' : 'A') + parts[2].substring(1);
        for (String forged :
                List.of(otherAccount, flipped, firstFlipped, parts[0] + "." + parts[1] + ".AAAA", "garbage")) {
            HttpResponse<String> refused = get("unsubscribe?t=" + forged);
            assertEquals(400, refused.statusCode(), forged);
            assertTrue(refused.body().contains("Ссылка недействительна"), refused.body());
        }
        assertEquals(Delivery.IMMEDIATE, mine().marks(), "nothing changed by a refused token");

        HttpResponse<String> done = get("unsubscribe?t=" + token);
        assertEquals(200, done.statusCode());
        assertTrue(done.body().contains("больше не будут приходить"), done.body());
        NotificationChoices after = mine();
        assertEquals(Delivery.OFF, after.marks());
        assertEquals(Delivery.OFF, after.absences());
        assertEquals(Delivery.OFF, after.periodGrades());
        assertTrue(after.copies(), "the notices' link leaves the message copies on");

        saveMark(f.lessonA(), f.studentA(), "5", SUBJECT_TEACHER, f.subjectTeacherA());
        sendDue(Instant.now());
        assertFalse(smtp.waitForIncomingEmail(2_000, 2), "nothing after unsubscribing");
    }

    @Test
    @DisplayName("A letter that failed on an SMTP outage is retried after the back-off and delivered once")
    void retryAfterSmtpFailure() throws Exception {
        choose(Delivery.IMMEDIATE, 18);
        smtp.stop();

        saveMark(f.lessonA(), f.studentA(), "5", SUBJECT_TEACHER, f.subjectTeacherA());
        Instant now = Instant.now();
        scan.scan(now);
        assertEquals(0, drain.drain(now), "the SMTP server is down");
        Object[] row = outboxRow();
        assertEquals(1, ((Number) row[0]).intValue(), "one attempt counted");
        assertNotNull(row[1], "the failure is kept");

        smtp = smtp();
        smtp.start();
        Instant later = now.plus(Duration.ofHours(1));
        assertEquals(1, drain.drain(later), "the retry delivers");
        assertEquals(0, drain.drain(later.plusSeconds(60)), "and nothing goes twice");
        only(mother);
    }

    @Test
    @DisplayName("An address the server cannot use is given up and reported to the class teacher")
    void failingAddressReported() throws Exception {
        choose(Delivery.IMMEDIATE, 18);
        setParentEmail("мама на почте example");

        saveMark(f.lessonA(), f.studentA(), "5", SUBJECT_TEACHER, f.subjectTeacherA());
        sendDue(Instant.now());

        long reports = tx.call(em -> em.createQuery("""
                        select count(r) from MessageRecipient r where r.recipient.login = :login
                          and r.message.subject = 'Письма родителю не доставляются'""", Long.class)
                .setParameter("login", f.classTeacherA())
                .getSingleResult());
        assertEquals(1, reports, "the class teacher is told once");
        assertTrue(mine().emailFailing(), "the account page says so");
    }

    private static GreenMail smtp() {
        return new GreenMail(new ServerSetup(Integer.getInteger("ejournal.smtp.port", 3025), "127.0.0.1", "smtp"));
    }

    private void sendDue(Instant now) {
        scan.scan(now);
        drain.drain(now);
    }

    private void choose(Delivery marks, int hour) throws Exception {
        Caller.as(f.parentA(), PARENT, () -> settings.save(marks, Delivery.OFF, Delivery.OFF, hour, true));
    }

    private NotificationChoices mine() throws Exception {
        return Caller.as(f.parentA(), PARENT, () -> settings.mine());
    }

    private void saveMark(long lesson, long student, String value, java.util.Set<String> roles, String login)
            throws Exception {
        String stamp = Caller.as(login, roles, () -> cells.cell(lesson, student).stamp());
        Caller.as(login, roles, () -> cells.saveCell(lesson, student, value, stamp, false, null));
    }

    /** The one letter to an address (after waiting for it), failing if there are none or several. */
    private MimeMessage only(String address) throws Exception {
        assertTrue(smtp.waitForIncomingEmail(15_000, 1), "no e-mail arrived");
        Thread.sleep(1_000);
        List<MimeMessage> to = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(RecipientType.TO))
                    .anyMatch(a -> a.toString().equals(address))) {
                to.add(m);
            }
        }
        assertEquals(1, to.size(), "letters to " + address);
        return to.get(0);
    }

    private Object[] outboxRow() {
        return tx.call(em -> (Object[])
                em.createNativeQuery("""
                        SELECT o.attempts, o.last_error FROM notification_outbox o JOIN user_account a ON a.id = o.account_id
                        WHERE a.login = ?1""").setParameter(1, f.parentA()).getSingleResult());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(BASE + path)).GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private void setParentEmail(String email) {
        tx.call(em -> em.createQuery("update Parent e set e.email = :email where e.id ="
                        + " (select a.parent.id from UserAccount a where a.login = :login)")
                .setParameter("email", email)
                .setParameter("login", f.parentA())
                .executeUpdate());
    }
}
