package ru.ejournal.it.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.support.Fixture.CLASS_TEACHER;
import static ru.ejournal.it.support.Fixture.PARENT;
import static ru.ejournal.it.support.Fixture.STUDENT;
import static ru.ejournal.it.support.Fixture.SUBJECT_TEACHER;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.messaging.boundary.Addressee;
import ru.ejournal.messaging.boundary.InboxLine;
import ru.ejournal.messaging.boundary.MessageService;
import ru.ejournal.messaging.boundary.MessageText;
import ru.ejournal.messaging.boundary.Receipt;
import ru.ejournal.security.control.AccessDeniedException;

/** Internal mail between teachers and parents: delivery, unread counts, read receipts, replies, refusals. */
@ExtendWith(ArquillianExtension.class)
class MessagingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    MessageService messages;

    @Inject
    Tx tx;

    Fixture f;
    String parentKey;

    @BeforeEach
    void createSchool() {
        f = schools.create();
        long parentAccount =
                tx.call(em -> em.createQuery("select a.id from UserAccount a where a.login = :login", Long.class)
                        .setParameter("login", f.parentA())
                        .getSingleResult());
        parentKey = parentAccount + ":" + f.studentA();
    }

    @Test
    @DisplayName("A class teacher's message reaches the parent unread; opening it shows the sender a read receipt")
    void messageRoundTripsWithReadReceipt() throws Exception {
        List<Addressee> book = Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> messages.addressBook());
        assertEquals(List.of(parentKey), book.stream().map(Addressee::key).toList());
        assertTrue(book.get(0).label().contains("мать"), book.get(0).label());

        long id = Caller.as(
                f.classTeacherA(),
                CLASS_TEACHER,
                () -> messages.send(List.of(parentKey), "Собрание", "Собрание в четверг в 18:00"));
        assertEquals(1L, Caller.as(f.parentA(), PARENT, () -> messages.unreadCount()));
        List<Receipt> before = Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> messages.receipts(id));
        assertNull(before.get(0).readAt());

        InboxLine line =
                Caller.as(f.parentA(), PARENT, () -> messages.inbox(0, 10)).get(0);
        assertEquals("Собрание", line.subject());
        assertNull(line.readAt());
        MessageText text = Caller.as(f.parentA(), PARENT, () -> messages.open(line.id()));
        assertEquals("Собрание в четверг в 18:00", text.body());

        assertEquals(0L, Caller.as(f.parentA(), PARENT, () -> messages.unreadCount()));
        List<Receipt> after = Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> messages.receipts(id));
        assertNotNull(after.get(0).readAt());
        assertEquals(
                1L,
                Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> messages.sent(0, 10))
                        .get(0)
                        .read());
    }

    @Test
    @DisplayName("The parent replies to the class teacher and writes to the subject teacher of the child")
    void parentWritesToTeachers() throws Exception {
        List<Addressee> book = Caller.as(f.parentA(), PARENT, () -> messages.addressBook());
        assertEquals(2, book.size(), book.toString());
        assertTrue(book.stream().anyMatch(a -> a.label().contains("классный руководитель")), book.toString());
        Caller.run(
                f.parentA(),
                PARENT,
                () -> messages.send(
                        book.stream().map(Addressee::key).toList(), "Болезнь", "Илья болеет, справка будет в пятницу"));
        assertEquals(1L, Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> messages.unreadCount()));
        assertEquals(1L, Caller.as(f.subjectTeacherA(), SUBJECT_TEACHER, () -> messages.unreadCount()));
    }

    @Test
    @DisplayName("A message to all parents of the class reaches them; another class is refused")
    void wholeClassMessage() throws Exception {
        Caller.run(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> messages.sendToClass(f.classA(), "Контрольная", "В среду контрольная работа"));
        assertEquals(1L, Caller.as(f.parentA(), PARENT, () -> messages.unreadCount()));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        f.classTeacherA(), CLASS_TEACHER, () -> messages.sendToClass(f.classB(), "Тема", "Текст")));
    }

    @Test
    @DisplayName("Nobody writes to a parent they do not serve, reads another's message or its receipts")
    void strangersAreRefused() throws Exception {
        assertTrue(Caller.as(f.classTeacherB(), CLASS_TEACHER, () -> messages.addressBook())
                .isEmpty());
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        f.classTeacherB(), CLASS_TEACHER, () -> messages.send(List.of(parentKey), "Тема", "Текст")));
        long id = Caller.as(
                f.classTeacherA(),
                CLASS_TEACHER,
                () -> messages.send(List.of(parentKey), "Личное", "Только для родителя"));
        long lineId = Caller.as(f.parentA(), PARENT, () -> messages.inbox(0, 10))
                .get(0)
                .id();
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(f.classTeacherB(), CLASS_TEACHER, () -> messages.open(lineId)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(f.classTeacherB(), CLASS_TEACHER, () -> messages.receipts(id)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(f.studentALogin(), STUDENT, () -> messages.send(List.of(parentKey), "Тема", "Текст")));
        Exception blank = assertThrows(
                Exception.class,
                () -> Caller.run(
                        f.classTeacherA(), CLASS_TEACHER, () -> messages.send(List.of(parentKey), " ", "Текст")));
        StringBuilder causes = new StringBuilder();
        for (Throwable c = blank; c != null; c = c.getCause()) {
            causes.append(c);
        }
        assertTrue(causes.toString().contains("Укажите тему"), causes.toString());
    }
}
