package ru.ejournal.it.attendance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.support.Fixture.CLASS_TEACHER;
import static ru.ejournal.it.support.Fixture.DEPUTY;
import static ru.ejournal.it.support.Fixture.PARENT;
import static ru.ejournal.it.support.Fixture.STUDENT;
import static ru.ejournal.it.support.Fixture.SUBJECT_TEACHER;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.attendance.boundary.AbsenceNoticeService;
import ru.ejournal.attendance.boundary.AttendanceService;
import ru.ejournal.attendance.boundary.NoticeLine;
import ru.ejournal.attendance.boundary.NoticePhoto;
import ru.ejournal.attendance.entity.AbsenceNoticeDocument;
import ru.ejournal.attendance.entity.ExcuseReason;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.common.control.ConflictException;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.journal.boundary.GradeBookCellService;
import ru.ejournal.parent.entity.Parent;
import ru.ejournal.parent.entity.Relation;
import ru.ejournal.parent.entity.StudentParent;
import ru.ejournal.school.entity.School;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.student.entity.Student;

/**
 * A parent's advance notice of absence: accepted into an excuse record or rejected with a reason; the photo
 * of a document attached to it, checked by its bytes and read only by the class teacher and the parents.
 */
@ExtendWith(ArquillianExtension.class)
class AbsenceNoticeIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    AbsenceNoticeService notices;

    @Inject
    AttendanceService attendance;

    @Inject
    GradeBookCellService cells;

    @Inject
    Tx tx;

    Fixture f;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void createSchool() {
        f = schools.create();
    }

    private long notifyToday(ExcuseReason reason) throws Exception {
        return Caller.as(
                f.parentA(),
                PARENT,
                () -> notices.notifyAbsence(f.studentA(), today, today, reason, "Визит к врачу", null));
    }

    private List<NoticeLine> parentSees() throws Exception {
        return Caller.as(f.parentA(), PARENT, () -> notices.ofStudent(f.studentA()));
    }

    @Test
    @DisplayName("An accepted notice becomes an excuse record: the day's «Н» turns «Б», and the parent sees «принято»")
    void acceptedNoticeExcuses() throws Exception {
        long id = notifyToday(ExcuseReason.ILLNESS);
        assertEquals(
                List.of(id),
                Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> notices.pending(f.classA())).stream()
                        .map(NoticeLine::id)
                        .toList());
        Caller.run(
                f.subjectTeacherA(),
                SUBJECT_TEACHER,
                () -> cells.saveCell(f.lessonA(), f.studentA(), "Н", "", false, null));

        assertEquals(1, Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> notices.accept(id)));
        String code = Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> attendance.week(f.classA(), today))
                .rows()
                .get(0)
                .code(f.lessonA());
        assertEquals("Б", code);
        assertEquals("принято", parentSees().get(0).status());
        assertTrue(Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> notices.pending(f.classA()))
                .isEmpty());
        assertThrows(
                ConflictException.class,
                () -> Caller.run(f.classTeacherA(), CLASS_TEACHER, () -> notices.reject(id, "поздно")));
    }

    @Test
    @DisplayName("A rejected notice shows the parent the class teacher's reason; a rejection needs a reason")
    void rejectedNoticeExplains() throws Exception {
        long id = notifyToday(ExcuseReason.OTHER);
        Exception blank = assertThrows(
                Exception.class, () -> Caller.run(f.classTeacherA(), CLASS_TEACHER, () -> notices.reject(id, " ")));
        StringBuilder causes = new StringBuilder();
        for (Throwable c = blank; c != null; c = c.getCause()) {
            causes.append(c);
        }
        assertTrue(causes.toString().contains("Укажите причину отказа"), causes.toString());

        Caller.run(f.classTeacherA(), CLASS_TEACHER, () -> notices.reject(id, "Нужна справка от врача"));
        NoticeLine line = parentSees().get(0);
        assertEquals("отклонено", line.status());
        assertEquals("Нужна справка от врача", line.decisionReason());
    }

    @Test
    @DisplayName("Wrong dates are refused; another parent's child, another class's teacher and a student are refused")
    void refusals() throws Exception {
        BusinessException order = assertThrows(
                BusinessException.class,
                () -> Caller.as(
                        f.parentA(),
                        PARENT,
                        () -> notices.notifyAbsence(
                                f.studentA(), today, today.minusDays(1), ExcuseReason.OTHER, null, null)));
        assertTrue(order.getMessage().contains("раньше"), order.getMessage());
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(
                        f.parentA(),
                        PARENT,
                        () -> notices.notifyAbsence(f.studentB(), today, today, ExcuseReason.OTHER, null, null)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(
                        f.studentALogin(),
                        STUDENT,
                        () -> notices.notifyAbsence(f.studentA(), today, today, ExcuseReason.OTHER, null, null)));
        long id = notifyToday(ExcuseReason.OTHER);
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.classTeacherB(), CLASS_TEACHER, () -> notices.accept(id)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.classTeacherB(), CLASS_TEACHER, () -> notices.pending(f.classA())));
        assertEquals("ждёт решения", parentSees().get(0).status());
    }

    /** A file of {@code size} bytes that starts with {@code magic}. */
    private static byte[] file(int size, int... magic) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) 7);
        for (int i = 0; i < magic.length; i++) {
            content[i] = (byte) magic[i];
        }
        return content;
    }

    private static byte[] png(int size) {
        return file(size, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
    }

    private static byte[] jpeg(int size) {
        return file(size, 0xFF, 0xD8, 0xFF, 0xE0);
    }

    private long notifyWith(NoticePhoto photo) throws Exception {
        return Caller.as(
                f.parentA(),
                PARENT,
                () -> notices.notifyAbsence(f.studentA(), today, today, ExcuseReason.ILLNESS, "Справка", photo));
    }

    private long documentsOf(long studentId) {
        return tx.call(em -> em.createQuery(
                        "select count(d) from AbsenceNoticeDocument d where d.notice.student.id = :s", Long.class)
                .setParameter("s", studentId)
                .getSingleResult());
    }

    /** A parent of student B with an account of their own; returns the login. */
    private String parentOfB() {
        return tx.call(em -> {
            Student b = em.find(Student.class, f.studentB());
            School school = em.find(School.class, f.schoolId());
            Parent parent = new Parent(school, "Орлов", "Пётр", "Ильич");
            em.persist(parent);
            em.persist(new StudentParent(b, parent, Relation.FATHER));
            String login = "parb-" + f.parentA();
            UserAccount account = new UserAccount(school, login, "-", EnumSet.of(Role.PARENT), Instant.now());
            account.setParent(parent);
            account.setEnabled(true);
            account.setMustChangePassword(false); // a test account has its own password already
            em.persist(account);
            return login;
        });
    }

    @Test
    @DisplayName(
            "A notice with a photo: the class teacher sees «есть фото» and reads the same bytes; so does the parent")
    void photoIsStoredAndReadByTheClassTeacher() throws Exception {
        byte[] photo = png(20_000);
        long id = notifyWith(new NoticePhoto("C:\\Фото\\справка.png", "application/octet-stream", photo));
        long plain = notifyToday(ExcuseReason.OTHER);

        List<NoticeLine> pending = Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> notices.pending(f.classA()));
        assertTrue(pending.stream()
                .filter(n -> n.id() == id)
                .findFirst()
                .orElseThrow()
                .photo());
        assertFalse(pending.stream()
                .filter(n -> n.id() == plain)
                .findFirst()
                .orElseThrow()
                .photo());
        assertTrue(parentSees().stream()
                .filter(n -> n.id() == id)
                .findFirst()
                .orElseThrow()
                .photo());

        NoticePhoto read = Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> notices.photo(id));
        assertEquals("справка.png", read.fileName());
        assertEquals("image/png", read.contentType(), "the type comes from the bytes, not from the browser");
        assertArrayEquals(photo, read.content());
        assertArrayEquals(
                photo, Caller.as(f.parentA(), PARENT, () -> notices.photo(id)).content());
        assertThrows(
                BusinessException.class, () -> Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> notices.photo(plain)));

        long jpegId = notifyWith(new NoticePhoto("scan.JPG", null, jpeg(AbsenceNoticeDocument.MAX_SIZE)));
        NoticePhoto big = Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> notices.photo(jpegId));
        assertEquals("image/jpeg", big.contentType());
        assertEquals(5 * 1024 * 1024, big.size(), "exactly 5 MB is accepted");
    }

    @Test
    @DisplayName("A file that is not a JPEG or PNG by its bytes, or is over 5 MB, is refused and nothing is saved")
    void badFilesAreRefusedAndNothingIsStored() throws Exception {
        List<NoticePhoto> bad = List.of(
                new NoticePhoto("справка.png", "image/png", "GIF89a-not-a-png".getBytes(StandardCharsets.US_ASCII)),
                new NoticePhoto("справка.jpg", "image/jpeg", file(1000, '%', 'P', 'D', 'F', '-')),
                new NoticePhoto("справка.pdf", "application/pdf", jpeg(1000)),
                new NoticePhoto("справка.png", "image/png", png(AbsenceNoticeDocument.MAX_SIZE + 1)),
                new NoticePhoto("справка.png", "image/png", new byte[0]));
        for (NoticePhoto photo : bad) {
            BusinessException refused = assertThrows(BusinessException.class, () -> notifyWith(photo));
            assertTrue(
                    refused.getMessage().contains("JPEG или PNG")
                            || refused.getMessage().contains("5 МБ")
                            || refused.getMessage().contains("пустой"),
                    refused.getMessage());
        }
        assertTrue(parentSees().isEmpty(), "no notice was saved");
        assertEquals(0, documentsOf(f.studentA()), "no photo was saved");
    }

    @Test
    @DisplayName(
            "Another class's teacher, another child's parent, a subject teacher, a deputy and a student cannot open the photo")
    void photoRefusals() throws Exception {
        long id = notifyWith(new NoticePhoto("справка.png", null, png(500)));
        String parentB = parentOfB();
        long idB = Caller.as(
                parentB,
                PARENT,
                () -> notices.notifyAbsence(
                        f.studentB(),
                        today,
                        today,
                        ExcuseReason.ILLNESS,
                        null,
                        new NoticePhoto("b.jpg", null, jpeg(500))));

        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.classTeacherB(), CLASS_TEACHER, () -> notices.photo(id)));
        assertThrows(AccessDeniedException.class, () -> Caller.as(parentB, PARENT, () -> notices.photo(id)));
        assertThrows(AccessDeniedException.class, () -> Caller.as(f.parentA(), PARENT, () -> notices.photo(idB)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> notices.photo(idB)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(f.subjectTeacherA(), SUBJECT_TEACHER, () -> notices.photo(id)));
        assertThrows(EJBAccessException.class, () -> Caller.as(f.deputy(), DEPUTY, () -> notices.photo(id)));
        assertThrows(EJBAccessException.class, () -> Caller.as(f.studentALogin(), STUDENT, () -> notices.photo(id)));

        assertEquals(
                500,
                Caller.as(f.classTeacherB(), CLASS_TEACHER, () -> notices.photo(idB))
                        .size());
        assertEquals(500, Caller.as(parentB, PARENT, () -> notices.photo(idB)).size());
    }
}
