package ru.ejournal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.support.Fixture.ADMIN;
import static ru.ejournal.it.support.Fixture.CLASS_TEACHER;
import static ru.ejournal.it.support.Fixture.DEPUTY;
import static ru.ejournal.it.support.Fixture.PARENT;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
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
import ru.ejournal.letter.boundary.LetterService;
import ru.ejournal.parent.entity.StudentParent;
import ru.ejournal.security.boundary.AuditLine;
import ru.ejournal.security.boundary.PersonalDataAuditService;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.control.AuditRetention;
import ru.ejournal.security.entity.PersonalDataKind;

/**
 * The personal-data audit (152-ФЗ; ASVS 7.1.1, 7.1.3, 7.1.4, 8.3.x): a staff member's view of a pupil's
 * card, a letter or a grade book export is logged off the request path (who, whose, what, when, from
 * where), the administrator's service answers "who saw this pupil" and "what did this account look at"
 * for their school only, and the nightly purge deletes only what is older than the school's retention.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataAuditIT {

    /** The writer flushes every second; a line must appear well within this. */
    private static final Duration FLUSH_WAIT = Duration.ofSeconds(15);

    private static final AtomicLong IDS = new AtomicLong(-System.currentTimeMillis());

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    Tx tx;

    @Inject
    PersonalDataAuditService audit;

    @Inject
    LetterService letters;

    @Inject
    AuditRetention retention;

    Fixture f;

    @BeforeEach
    void createSchool() {
        f = schools.create();
    }

    @Test
    @DisplayName(
            "A teacher's view of a pupil's card, a grade book export and a letter are logged with who, whose, what, when and from where")
    void staffViewsAreLogged() throws Exception {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        WebClient teacher = new WebClient();
        teacher.signIn(f.classTeacherA(), Fixture.PASSWORD);
        HttpResponse<String> card = teacher.open("teacher/class/student.xhtml?id=" + f.studentA());
        assertEquals(200, card.statusCode());
        assertTrue(card.body().contains("Кузнецов"), "the card is shown");

        WebClient subjectTeacher = new WebClient();
        subjectTeacher.signIn(f.subjectTeacherA(), Fixture.PASSWORD);
        HttpResponse<String> export =
                subjectTeacher.get("teacher/gradebook.xlsx?assignment=" + assignmentOfClassA() + "&period=" + period());
        assertEquals(200, export.statusCode(), export.body());

        Caller.run(f.classTeacherA(), CLASS_TEACHER, () -> letters.studentLetter(f.studentA(), period(), null));
        // a parent reading their own child's letter is no access to somebody else's data
        Caller.run(f.parentA(), PARENT, () -> letters.studentLetter(f.studentA(), period(), null));

        List<AuditLine> lines = awaitLines(
                l -> l.size() >= 3, () -> Caller.as(f.admin(), ADMIN, () -> audit.ofStudent(f.studentA(), 0, 50)));
        assertEquals(3, lines.size(), lines.toString());
        AuditLine cardLine = only(lines, PersonalDataKind.STUDENT_CARD);
        assertEquals(f.classTeacherA(), cardLine.login());
        assertTrue(cardLine.who().contains("Иванова"), cardLine.who());
        assertTrue(cardLine.whose().contains("Кузнецов Илья"), cardLine.whose());
        assertEquals("127.0.0.1", cardLine.ipAddress());
        assertTrue(
                !cardLine.at().isBefore(before) && !cardLine.at().isAfter(Instant.now()),
                cardLine.at().toString());

        AuditLine exportLine = only(lines, PersonalDataKind.GRADE_BOOK_EXPORT);
        assertEquals(f.subjectTeacherA(), exportLine.login());
        assertTrue(exportLine.whose().startsWith("5"), "the class: " + exportLine.whose());
        assertEquals("127.0.0.1", exportLine.ipAddress());

        assertEquals(f.classTeacherA(), only(lines, PersonalDataKind.LETTER).login());
        for (int i = 1; i < lines.size(); i++) {
            assertTrue(!lines.get(i).at().isAfter(lines.get(i - 1).at()), "newest first");
        }
        assertEquals(3, Caller.as(f.deputy(), DEPUTY, () -> audit.countOfStudent(f.studentA())));
    }

    @Test
    @DisplayName("The administrator sees what an account looked at and who saw a parent's card, a page at a time")
    void whatDidThisAccountLookAt() throws Exception {
        long parent = parentOfStudentA();
        WebClient teacher = new WebClient();
        teacher.signIn(f.classTeacherA(), Fixture.PASSWORD);
        assertEquals(
                200,
                teacher.open("teacher/class/student.xhtml?id=" + f.studentA()).statusCode());
        assertEquals(
                200, teacher.open("teacher/class/parent.xhtml?id=" + parent).statusCode());
        long account = accountId(f.classTeacherA());

        List<AuditLine> looked = awaitLines(
                l -> l.size() >= 2, () -> Caller.as(f.admin(), ADMIN, () -> audit.ofAccount(account, 0, 50)));
        assertEquals(2, looked.size(), looked.toString());
        assertEquals(PersonalDataKind.PARENT_CARD, looked.get(0).kind());
        assertEquals(PersonalDataKind.STUDENT_CARD, looked.get(1).kind());
        assertEquals(2, Caller.as(f.admin(), ADMIN, () -> audit.countOfAccount(account)));
        assertEquals(
                1,
                Caller.as(f.admin(), ADMIN, () -> audit.ofAccount(account, 1, 1))
                        .size());

        List<AuditLine> sawParent = Caller.as(f.admin(), ADMIN, () -> audit.ofParent(parent, 0, 50));
        assertEquals(1, sawParent.size());
        assertTrue(
                sawParent.get(0).whose().contains("Кузнецова Елена"),
                sawParent.get(0).whose());
        assertTrue(Caller.as(f.admin(), ADMIN, () -> audit.accounts(f.classTeacherA())).stream()
                .anyMatch(o -> o.id() == account));
    }

    @Test
    @DisplayName("Another school's administrator, a teacher and a parent are refused the audit of this school")
    void otherSchoolIsRefused() throws Exception {
        long account = accountId(f.classTeacherA());
        long parent = parentOfStudentA();
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.otherSchoolAdmin(), ADMIN, () -> audit.ofStudent(f.studentA(), 0, 10)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.otherSchoolAdmin(), ADMIN, () -> audit.countOfStudent(f.studentA())));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.otherSchoolAdmin(), ADMIN, () -> audit.ofAccount(account, 0, 10)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.otherSchoolAdmin(), ADMIN, () -> audit.ofParent(parent, 0, 10)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.as(f.otherSchoolDeputy(), DEPUTY, () -> audit.ofStudent(f.studentA(), 0, 10)));
        assertTrue(Caller.as(f.otherSchoolAdmin(), ADMIN, () -> audit.students("Кузнецов"))
                .isEmpty());
        assertTrue(Caller.as(f.otherSchoolAdmin(), ADMIN, () -> audit.accounts(f.classTeacherA()))
                .isEmpty());
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> audit.ofStudent(f.studentA(), 0, 10)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(f.parentA(), PARENT, () -> audit.ofStudent(f.studentA(), 0, 10)));
        assertThrows(EJBAccessException.class, () -> Caller.run(f.deputy(), DEPUTY, () -> audit.setRetentionMonths(3)));
    }

    @Test
    @DisplayName(
            "The audit page opens for the administrator (with the retention) and the deputy director (read only), not for a teacher")
    void auditPage() throws Exception {
        WebClient admin = new WebClient();
        admin.signIn(f.admin(), Fixture.PASSWORD);
        HttpResponse<String> page = admin.open("deputy/data-audit.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Просмотры персональных данных"), page.body());
        assertTrue(page.body().contains("retentionForm:saveRetention"), "the administrator sets the retention");

        WebClient deputy = new WebClient();
        deputy.signIn(f.deputy(), Fixture.PASSWORD);
        HttpResponse<String> readOnly = deputy.open("deputy/data-audit.xhtml");
        assertEquals(200, readOnly.statusCode());
        assertTrue(!readOnly.body().contains("retentionForm:saveRetention"), "the deputy director only reads");

        WebClient teacher = new WebClient();
        teacher.signIn(f.classTeacherA(), Fixture.PASSWORD);
        assertEquals(403, teacher.open("deputy/data-audit.xhtml").statusCode());
    }

    @Test
    @DisplayName("The nightly purge deletes only views older than their school's retention (12 months, or as set)")
    void retentionPurgesOnlyOldRows() throws Exception {
        Instant now = Instant.now();
        long old = insertView(f.schoolId(), now.minus(Duration.ofDays(400)));
        long kept = insertView(f.schoolId(), now.minus(Duration.ofDays(300)));
        Caller.run(f.otherSchoolAdmin(), ADMIN, () -> audit.setRetentionMonths(1));
        assertEquals(1, Caller.as(f.otherSchoolAdmin(), ADMIN, () -> audit.retentionMonths()));
        assertEquals(12, Caller.as(f.admin(), ADMIN, () -> audit.retentionMonths()));
        long otherOld = insertView(f.otherSchoolId(), now.minus(Duration.ofDays(62)));
        long otherKept = insertView(f.otherSchoolId(), now.minus(Duration.ofDays(20)));

        long oldVisit = insertVisit(f.schoolId(), now.minus(Duration.ofDays(400)));
        long keptVisit = insertVisit(f.schoolId(), now.minus(Duration.ofDays(300)));
        long otherOldVisit = insertVisit(f.otherSchoolId(), now.minus(Duration.ofDays(62)));
        long otherKeptVisit = insertVisit(f.otherSchoolId(), now.minus(Duration.ofDays(20)));
        List<Long> visits = List.of(oldVisit, keptVisit, otherOldVisit, otherKeptVisit);

        retention.purge(now);
        assertEquals(List.of(kept, otherKept), remaining(List.of(old, kept, otherOld, otherKept)));
        assertEquals(List.of(keptVisit, otherKeptVisit), remainingVisits(visits), "the visit log, the same retention");
        retention.purge(now);
        assertEquals(List.of(kept, otherKept), remaining(List.of(old, kept, otherOld, otherKept)), "idempotent");
        assertEquals(List.of(keptVisit, otherKeptVisit), remainingVisits(visits), "idempotent");
        long settingChanges = tx.call(em -> em.createQuery(
                        "select count(c) from ChangeRecord c where c.entityType = 'AuditSetting'"
                                + " and c.school.id = :school and c.newValue = '1'",
                        Long.class)
                .setParameter("school", f.otherSchoolId())
                .getSingleResult());
        assertEquals(1, settingChanges, "the setting's change is in the history");
    }

    private long insertView(long schoolId, Instant at) {
        long id = IDS.decrementAndGet();
        tx.call(em -> em.createNativeQuery("INSERT INTO personal_data_view (id, school_id, login, kind, occurred_at)"
                        + " VALUES (?, ?, 'it', 'STUDENT_CARD', ?)")
                .setParameter(1, id)
                .setParameter(2, schoolId)
                .setParameter(3, java.sql.Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC)))
                .executeUpdate());
        return id;
    }

    private long insertVisit(long schoolId, Instant at) {
        long id = IDS.decrementAndGet();
        tx.call(em -> em.createNativeQuery("INSERT INTO visit_event (id, school_id, login, kind, occurred_at)"
                        + " VALUES (?, ?, 'it', 'DIARY_VIEW', ?)")
                .setParameter(1, id)
                .setParameter(2, schoolId)
                .setParameter(3, java.sql.Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC)))
                .executeUpdate());
        return id;
    }

    private List<Long> remainingVisits(List<Long> ids) {
        return tx.call(em -> em.createQuery(
                        "select v.id from VisitEvent v where v.id in :ids order by v.occurredAt", Long.class)
                .setParameter("ids", ids)
                .getResultList());
    }

    private List<Long> remaining(List<Long> ids) {
        return tx.call(em -> em.createQuery(
                        "select v.id from PersonalDataView v where v.id in :ids order by v.occurredAt", Long.class)
                .setParameter("ids", ids)
                .getResultList());
    }

    private static AuditLine only(List<AuditLine> lines, PersonalDataKind kind) {
        List<AuditLine> of = lines.stream().filter(l -> l.kind() == kind).toList();
        assertEquals(1, of.size(), kind + " in " + lines);
        return of.get(0);
    }

    /** Polls until the writer has flushed (bounded), then returns the last answer. */
    private static List<AuditLine> awaitLines(
            Predicate<List<AuditLine>> done, java.util.concurrent.Callable<List<AuditLine>> query) throws Exception {
        long deadline = System.nanoTime() + FLUSH_WAIT.toNanos();
        List<AuditLine> lines = query.call();
        while (!done.test(lines) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            lines = query.call();
        }
        return lines;
    }

    private long assignmentOfClassA() {
        return tx.call(
                em -> em.createQuery("select a.id from TeachingAssignment a where a.schoolClass.id = :c", Long.class)
                        .setParameter("c", f.classA())
                        .getSingleResult());
    }

    private long period() {
        return tx.call(
                em -> em.createQuery("select p.id from StudyPeriod p where p.academicYear.school.id = :s", Long.class)
                        .setParameter("s", f.schoolId())
                        .getSingleResult());
    }

    private long accountId(String login) {
        return tx.call(em -> em.createQuery("select u.id from UserAccount u where u.login = :l", Long.class)
                .setParameter("l", login)
                .getSingleResult());
    }

    private long parentOfStudentA() {
        return tx.call(
                em -> em.createQuery("select sp from StudentParent sp where sp.student.id = :s", StudentParent.class)
                        .setParameter("s", f.studentA())
                        .getSingleResult()
                        .getParent()
                        .getId());
    }
}
