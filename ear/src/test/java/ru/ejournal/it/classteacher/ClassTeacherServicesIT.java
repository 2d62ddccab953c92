package ru.ejournal.it.classteacher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.ejournal.it.support.Fixture.ADMIN;
import static ru.ejournal.it.support.Fixture.CLASS_TEACHER;
import static ru.ejournal.it.support.Fixture.DEPUTY;
import static ru.ejournal.it.support.Fixture.PARENT;
import static ru.ejournal.it.support.Fixture.STUDENT;
import static ru.ejournal.it.support.Fixture.SUBJECT_TEACHER;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.classteacher.boundary.Attention;
import ru.ejournal.classteacher.boundary.ClassDashboardService;
import ru.ejournal.classteacher.boundary.Dashboard;
import ru.ejournal.classteacher.boundary.SubgroupPlan;
import ru.ejournal.classteacher.boundary.SubgroupService;
import ru.ejournal.credentials.boundary.AccountRow;
import ru.ejournal.credentials.boundary.CredentialService;
import ru.ejournal.credentials.boundary.DeviceAlertService;
import ru.ejournal.credentials.boundary.IssuedCredential;
import ru.ejournal.credentials.boundary.PasswordService;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.movement.boundary.ArrivalData;
import ru.ejournal.movement.boundary.DepartureData;
import ru.ejournal.movement.boundary.MovementRow;
import ru.ejournal.movement.boundary.MovementService;
import ru.ejournal.movement.entity.MovementStatus;
import ru.ejournal.parent.boundary.ParentData;
import ru.ejournal.parent.boundary.ParentFilter;
import ru.ejournal.parent.boundary.ParentRow;
import ru.ejournal.parent.boundary.ParentService;
import ru.ejournal.parent.boundary.ProposalRow;
import ru.ejournal.parent.boundary.ProposalService;
import ru.ejournal.parent.boundary.ProposedChanges;
import ru.ejournal.parent.entity.Parent;
import ru.ejournal.parent.entity.Relation;
import ru.ejournal.regulation.boundary.AcknowledgementRow;
import ru.ejournal.regulation.boundary.RegulationService;
import ru.ejournal.regulation.boundary.RegulationText;
import ru.ejournal.school.entity.SchoolClass;
import ru.ejournal.security.boundary.AccountService;
import ru.ejournal.security.boundary.AccountSummary;
import ru.ejournal.security.boundary.ClientInfo;
import ru.ejournal.security.boundary.SignInResult;
import ru.ejournal.security.boundary.SignInService;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.student.boundary.ClassImportService;
import ru.ejournal.student.boundary.ImportPreview;
import ru.ejournal.student.boundary.ImportResult;
import ru.ejournal.student.boundary.ImportRow;
import ru.ejournal.student.boundary.PersonalData;
import ru.ejournal.student.boundary.RosterFilter;
import ru.ejournal.student.boundary.StudentRow;
import ru.ejournal.student.boundary.StudentService;
import ru.ejournal.student.entity.Gender;
import ru.ejournal.student.entity.Student;
import ru.ejournal.student.entity.StudentStatus;

/** The class teacher's workspace at the service boundary: rules, validation, history and refusals. */
@ExtendWith(ArquillianExtension.class)
class ClassTeacherServicesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    Tx tx;

    @Inject
    StudentService students;

    @Inject
    ParentService parents;

    @Inject
    CredentialService credentials;

    @Inject
    PasswordService passwords;

    @Inject
    SignInService signIn;

    @Inject
    SubgroupService subgroups;

    @Inject
    MovementService movements;

    @Inject
    RegulationService regulation;

    @Inject
    ProposalService proposals;

    @Inject
    ClassDashboardService dashboards;

    @Inject
    AccountService accounts;

    @Inject
    DeviceAlertService deviceAlerts;

    @Inject
    ClassImportService imports;

    Fixture f;

    @BeforeEach
    void createSchool() {
        f = schools.create();
    }

    private <T> T asTeacher(java.util.concurrent.Callable<T> action) throws Exception {
        return Caller.as(f.classTeacherA(), CLASS_TEACHER, action);
    }

    private PersonalData personalData(String lastName, LocalDate birthDate, String phone) {
        return new PersonalData(lastName, "Илья", "Петрович", birthDate, Gender.M, "ул. Ленина, 1", phone);
    }

    private long addStudentToClassA(String lastName) {
        return tx.call(em -> {
            Student s = new Student(
                    em.find(ru.ejournal.school.entity.SchoolClass.class, f.classA()),
                    "A-" + lastName + System.nanoTime(),
                    lastName,
                    "Мария",
                    null);
            s.setBirthDate(LocalDate.now().minusYears(11));
            s.setGender(Gender.F);
            em.persist(s);
            em.flush();
            return s.getId();
        });
    }

    @Test
    @DisplayName(
            "Roster: the class teacher pages and filters their class; another class teacher and a student are refused")
    void rosterPagingAndRefusals() throws Exception {
        addStudentToClassA("Абрамова");
        List<StudentRow> page =
                asTeacher(() -> students.page(f.classA(), null, RosterFilter.STUDYING, 0, 1, "lastName", true));
        assertEquals(1, page.size());
        assertEquals("Абрамова Мария", page.get(0).fullName());
        assertEquals(2L, asTeacher(() -> students.count(f.classA(), null, RosterFilter.STUDYING)));
        assertEquals(1L, asTeacher(() -> students.count(f.classA(), "кузн", RosterFilter.STUDYING)));
        assertEquals(
                2L,
                asTeacher(() -> students.count(f.classA(), null, RosterFilter.UNVERIFIED)),
                "nobody has been verified yet");
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        f.classTeacherB(),
                        CLASS_TEACHER,
                        () -> students.page(f.classA(), null, RosterFilter.STUDYING, 0, 10, null, true)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(
                        f.studentALogin(), STUDENT, () -> students.count(f.classA(), null, RosterFilter.STUDYING)));
    }

    @Test
    @DisplayName(
            "Student card: an implausible date of birth and a bad phone are refused in Russian; a change is in the history; verification stamps who and when")
    void studentCardValidationHistoryAndVerification() throws Exception {
        Student before = asTeacher(() -> students.find(f.studentA()));
        String tooYoung = Failures.messageOf(() -> asTeacher(() -> students.updatePersonalData(
                f.studentA(),
                before.getVersion(),
                personalData("Кузнецов", LocalDate.now().minusYears(4), null))));
        assertTrue(tooYoung.contains("Дата рождения не подходит для 5 класса"), tooYoung);
        String badPhone = Failures.messageOf(() -> asTeacher(() -> students.updatePersonalData(
                f.studentA(),
                before.getVersion(),
                personalData("Кузнецов", LocalDate.now().minusYears(11), "12345"))));
        assertEquals("Телефон в формате +7 (XXX) XXX-XX-XX", badPhone);

        asTeacher(() -> students.updatePersonalData(
                f.studentA(),
                before.getVersion(),
                personalData("Кузнецов-Смирнов", LocalDate.now().minusYears(11), "+7 (916) 123-45-67")));
        Student verified = asTeacher(() -> students.markVerified(f.studentA()));
        assertEquals(f.classTeacherA(), verified.getVerifiedBy());
        assertNotNull(verified.getVerifiedAt());

        List<ChangeRecord> history = asTeacher(() -> students.history(f.studentA()));
        ChangeRecord lastName = history.stream()
                .filter(c -> c.getField().equals("lastName"))
                .findFirst()
                .orElseThrow();
        assertEquals("Кузнецов", lastName.getOldValue());
        assertEquals("Кузнецов-Смирнов", lastName.getNewValue());
        assertEquals(f.classTeacherA(), lastName.getChangedBy());
        assertEquals(0L, asTeacher(() -> students.count(f.classA(), null, RosterFilter.UNVERIFIED)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(f.classTeacherB(), CLASS_TEACHER, () -> students.markVerified(f.studentA())));
    }

    @Test
    @DisplayName(
            "Parents: an existing parent is found before a duplicate is made; a sibling in another class is linked by the administrator")
    void siblingsShareAParent() throws Exception {
        List<ParentRow> hidden = Caller.as(
                f.classTeacherB(), CLASS_TEACHER, () -> parents.findExisting(f.studentB(), "кузнецова", "Елена", null));
        assertTrue(hidden.isEmpty(), "another class's family is not shown by the name alone: " + hidden);
        List<ParentRow> found =
                Caller.as(f.admin(), ADMIN, () -> parents.findExisting(f.studentB(), "кузнецова", "Елена", null));
        assertEquals(1, found.size());
        assertTrue(found.get(0).children().contains("Кузнецов И."), found.get(0).children());

        ParentData duplicate = new ParentData("Кузнецова", "Елена", "Сергеевна", null, null, null, null, null);
        String refused = Failures.messageOf(() -> Caller.run(
                f.classTeacherB(), CLASS_TEACHER, () -> parents.create(f.studentB(), Relation.MOTHER, duplicate)));
        assertTrue(refused.contains("уже есть в школе"), refused);

        Caller.run(
                f.admin(),
                ADMIN,
                () -> parents.linkExisting(f.studentB(), found.get(0).id(), Relation.MOTHER));
        List<ParentRow> ofB = Caller.as(
                f.classTeacherB(), CLASS_TEACHER, () -> parents.page(f.classB(), null, ParentFilter.ALL, 0, 10));
        assertEquals(1, ofB.size());
        assertTrue(ofB.get(0).children().contains("Орлова А."), ofB.get(0).children());
        assertTrue(
                ofB.get(0).children().contains("в других классах: 1"),
                ofB.get(0).children());
        List<ParentRow> bySchool =
                Caller.as(f.deputy(), DEPUTY, () -> parents.page(f.classB(), null, ParentFilter.ALL, 0, 10));
        assertTrue(
                bySchool.get(0).children().contains("Кузнецов И."),
                bySchool.get(0).children());
        String twice = Failures.messageOf(() -> Caller.run(
                f.classTeacherB(),
                CLASS_TEACHER,
                () -> parents.linkExisting(f.studentB(), found.get(0).id(), Relation.MOTHER)));
        assertEquals("Этот родитель уже указан у ученика", twice);
    }

    @Test
    @DisplayName(
            "Parents: a new parent is validated, edits go to the history, and only a class teacher of a child may edit")
    void parentEditingAndRefusal() throws Exception {
        String invalid = Failures.messageOf(() -> asTeacher(() -> parents.create(
                f.studentA(),
                Relation.FATHER,
                new ParentData("", "Пётр", null, "8 916", null, "not-an-email", null, null))));
        assertTrue(invalid.contains("Укажите фамилию"), invalid);
        assertTrue(invalid.contains("Телефон в формате"), invalid);
        assertTrue(invalid.contains("электронной почты"), invalid);

        Parent father = asTeacher(() -> parents.create(
                f.studentA(),
                Relation.FATHER,
                new ParentData("Кузнецов", "Пётр", "Ильич", "+7 (903) 111-22-33", null, null, "Завод", null)));
        asTeacher(() -> parents.update(
                father.getId(),
                father.getVersion(),
                new ParentData("Кузнецов", "Пётр", "Ильич", "+7 (903) 111-22-33", null, null, "Больница", null)));
        List<ChangeRecord> history = asTeacher(() -> parents.history(father.getId()));
        assertTrue(
                history.stream()
                        .anyMatch(c -> c.getField().equals("workplace")
                                && "Завод".equals(c.getOldValue())
                                && "Больница".equals(c.getNewValue())),
                "workplace change recorded");
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        f.classTeacherB(),
                        CLASS_TEACHER,
                        () -> parents.update(
                                father.getId(), 1, new ParentData("Х", "Х", null, null, null, null, null, null))));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(f.parentA(), PARENT, () -> parents.markVerified(father.getId())));
    }

    @Test
    @DisplayName(
            "Credentials: accounts for everyone without one, one-time passwords that work once and force a change, slips as PDF")
    void credentialsIssueSlipsAndForcedChange() throws Exception {
        asTeacher(() -> parents.create(
                f.studentA(),
                Relation.FATHER,
                new ParentData("Кузнецов", "Пётр", "Ильич", null, null, null, null, null)));
        List<IssuedCredential> issued = asTeacher(() -> credentials.issueMissing(f.classA()));
        assertEquals(1, issued.size(), "the student and the mother have accounts; the new father has none: " + issued);
        IssuedCredential parentSlip = issued.get(0);
        assertEquals("Родитель", parentSlip.roleTitle());
        assertTrue(parentSlip.login().startsWith("kuznetsov.p"), parentSlip.login());
        assertTrue(asTeacher(() -> credentials.issueMissing(f.classA())).isEmpty(), "a second run creates nothing");

        String hash = tx.call(em -> em.createNamedQuery("UserAccount.findByLogin", UserAccount.class)
                .setParameter("login", parentSlip.login())
                .getSingleResult()
                .getPasswordHash());
        assertFalse(hash.contains(parentSlip.password()), "only a hash is stored");

        byte[] pdf = asTeacher(() -> credentials.slipsPdf(issued, "https://journal.example/"));
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

        SignInResult first = signIn.signIn(parentSlip.login(), parentSlip.password(), null);
        assertTrue(first.succeeded());
        assertTrue(first.mustChangePassword());
        String weak = Failures.messageOf(() -> Caller.run(
                parentSlip.login(),
                PARENT,
                () -> passwords.changeOwnPassword(parentSlip.password(), "short", "short")));
        assertEquals("Пароль должен быть не короче 8 символов", weak);
        Caller.run(
                parentSlip.login(),
                PARENT,
                () -> passwords.changeOwnPassword(parentSlip.password(), "Novyi-parol-2026", "Novyi-parol-2026"));
        assertFalse(
                signIn.signIn(parentSlip.login(), parentSlip.password(), null).succeeded(),
                "the slip password is spent");
        assertFalse(signIn.signIn(parentSlip.login(), "Novyi-parol-2026", null).mustChangePassword());

        List<AccountRow> rows = asTeacher(() -> credentials.overview(f.classA()));
        AccountRow parentRow = rows.stream()
                .filter(r -> parentSlip.login().equals(r.login()))
                .findFirst()
                .orElseThrow();
        assertNotNull(parentRow.lastLoginAt());
        asTeacher(() -> {
            credentials.block(parentRow.accountId());
            return null;
        });
        assertEquals(
                SignInResult.Outcome.BLOCKED,
                signIn.signIn(parentSlip.login(), "Novyi-parol-2026", null).outcome());
        asTeacher(() -> {
            credentials.unblock(parentRow.accountId());
            return null;
        });
        IssuedCredential reset = asTeacher(() -> credentials.resetPassword(parentRow.accountId()));
        assertNotEquals(parentSlip.password(), reset.password());
        assertTrue(signIn.signIn(parentSlip.login(), reset.password(), null).mustChangePassword());

        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(
                        f.classTeacherB(), CLASS_TEACHER, () -> credentials.resetPassword(parentRow.accountId())));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(f.subjectTeacherA(), SUBJECT_TEACHER, () -> credentials.issueMissing(f.classA())));
    }

    @Test
    @DisplayName("Subgroups: a student is in one subgroup per subject; a move is written to the student's history")
    void subgroupsSplitAndMove() throws Exception {
        long second = addStudentToClassA("Белова");
        Long math = asTeacher(() -> subgroups.subjects(f.classA())).get(0).id();
        Long teacher =
                asTeacher(() -> subgroups.teachers(f.classA(), math)).get(0).id();
        String twice = Failures.messageOf(() -> asTeacher(() -> subgroups.save(
                f.classA(),
                math,
                List.of(
                        new SubgroupPlan(null, "1 подгруппа", teacher, List.of(f.studentA(), second)),
                        new SubgroupPlan(null, "2 подгруппа", teacher, List.of(second))))));
        assertTrue(twice.contains("только в одной подгруппе"), twice);

        asTeacher(() -> subgroups.save(
                f.classA(),
                math,
                List.of(
                        new SubgroupPlan(null, "1 подгруппа", teacher, List.of(f.studentA())),
                        new SubgroupPlan(null, "2 подгруппа", teacher, List.of(second)))));
        List<SubgroupPlan> saved = asTeacher(() -> subgroups.subgroups(f.classA(), math));
        assertEquals(2, saved.size());
        int moved = asTeacher(() -> subgroups.save(
                f.classA(),
                math,
                List.of(
                        new SubgroupPlan(saved.get(0).id(), "1 подгруппа", teacher, List.of()),
                        new SubgroupPlan(saved.get(1).id(), "2 подгруппа", teacher, List.of(f.studentA(), second)))));
        assertEquals(1, moved);
        ChangeRecord move = asTeacher(() -> students.history(f.studentA())).stream()
                .filter(c -> c.getField().startsWith("subgroup:"))
                .findFirst()
                .orElseThrow();
        assertEquals("1 подгруппа", move.getOldValue());
        assertEquals("2 подгруппа", move.getNewValue());
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(f.classTeacherB(), CLASS_TEACHER, () -> subgroups.subgroups(f.classA(), math)));
    }

    @Test
    @DisplayName(
            "Movement: a departure executed by the admin takes the student off the roster, keeps the record read-only and blocks the account")
    void departureExecuted() throws Exception {
        String noDestination = Failures.messageOf(() ->
                asTeacher(() -> movements.fileDeparture(f.studentA(), new DepartureData(LocalDate.now(), " ", null))));
        assertEquals("Укажите, куда выбывает ученик", noDestination);
        MovementRow filed = asTeacher(() -> movements.fileDeparture(
                f.studentA(), new DepartureData(LocalDate.now(), "МБОУ СОШ № 3, г. Тула", null)));
        String again = Failures.messageOf(() -> asTeacher(
                () -> movements.fileDeparture(f.studentA(), new DepartureData(LocalDate.now(), "Другая школа", null))));
        assertTrue(again.contains("уже есть заявка"), again);
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(f.classTeacherA(), CLASS_TEACHER, () -> movements.execute(filed.id(), "15-у")));
        assertEquals(
                1,
                Caller.as(f.admin(), ADMIN, () -> movements.queue(MovementStatus.OPEN, 0, 10))
                        .size());
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(f.otherSchoolAdmin(), ADMIN, () -> movements.execute(filed.id(), "15-у")));

        Caller.run(f.admin(), ADMIN, () -> movements.execute(filed.id(), "15-у"));

        Student departed = asTeacher(() -> students.find(f.studentA()));
        assertEquals(StudentStatus.DEPARTED, departed.getStatus());
        assertEquals(0L, asTeacher(() -> students.count(f.classA(), null, RosterFilter.STUDYING)));
        assertEquals(1L, asTeacher(() -> students.count(f.classA(), null, RosterFilter.DEPARTED)));
        String readOnly = Failures.messageOf(() -> asTeacher(() -> students.updatePersonalData(
                f.studentA(),
                departed.getVersion(),
                personalData("Кузнецов", LocalDate.now().minusYears(11), null))));
        assertTrue(readOnly.contains("только для чтения"), readOnly);
        assertEquals(
                SignInResult.Outcome.BLOCKED,
                signIn.signIn(f.studentALogin(), Fixture.PASSWORD, null).outcome());
        assertEquals(
                SignInResult.Outcome.BLOCKED,
                signIn.signIn(f.parentA(), Fixture.PASSWORD, null).outcome(),
                "the parent has no other child at school");
        String decided =
                Failures.messageOf(() -> Caller.run(f.admin(), ADMIN, () -> movements.reject(filed.id(), "нет")));
        assertEquals("Заявка уже рассмотрена", decided);
    }

    @Test
    @DisplayName(
            "Movement: an arrival executed by the admin creates the student in the class; a rejection needs a reason")
    void arrivalExecutedAndRejection() throws Exception {
        ArrivalData data = new ArrivalData(
                "Новикова",
                "Дарья",
                "Олеговна",
                LocalDate.now().minusYears(11),
                Gender.F,
                LocalDate.now(),
                "Гимназия № 1",
                null);
        MovementRow arrival = asTeacher(() -> movements.fileArrival(f.classA(), data));
        Long created = Caller.as(f.admin(), ADMIN, () -> movements.execute(arrival.id(), "16-у"));
        Student student = asTeacher(() -> students.find(created));
        assertEquals("Новикова Дарья Олеговна", student.fullName());
        assertEquals(LocalDate.now(), student.getArrivedOn());
        assertEquals(2L, asTeacher(() -> students.count(f.classA(), null, RosterFilter.STUDYING)));

        MovementRow second = asTeacher(() -> movements.fileArrival(f.classA(), data));
        String noReason =
                Failures.messageOf(() -> Caller.run(f.admin(), ADMIN, () -> movements.reject(second.id(), "")));
        assertEquals("Укажите причину отклонения", noReason);
        Caller.run(f.admin(), ADMIN, () -> movements.reject(second.id(), "Ученица уже зачислена"));
        MovementRow rejected = asTeacher(() -> movements.requestsOfClass(f.classA())).stream()
                .filter(r -> r.id().equals(second.id()))
                .findFirst()
                .orElseThrow();
        assertEquals(MovementStatus.REJECTED, rejected.status());
        assertEquals("Ученица уже зачислена", rejected.rejectionReason());
    }

    @Test
    @DisplayName(
            "Regulation: a parent sees the new version until acknowledging; the class teacher sees who has not and records paper")
    void regulationAcknowledgement() throws Exception {
        assertThrows(EJBAccessException.class, () -> asTeacher(() -> regulation.publish("Положение", "Текст", null)));
        RegulationText published =
                Caller.as(f.admin(), ADMIN, () -> regulation.publish("Положение об ЭЖ", "1. Журнал ведётся.", null));
        assertEquals(
                published.id(),
                Caller.as(f.parentA(), PARENT, () -> regulation.pendingForMe())
                        .orElseThrow()
                        .id());
        List<AcknowledgementRow> before = asTeacher(() -> regulation.statusOfClass(f.classA()));
        assertEquals(1, before.size());
        assertFalse(before.get(0).acknowledged());

        Caller.run(f.parentA(), PARENT, () -> regulation.acknowledge(published.id()));
        assertTrue(
                Caller.as(f.parentA(), PARENT, () -> regulation.pendingForMe()).isEmpty());
        AcknowledgementRow after =
                asTeacher(() -> regulation.statusOfClass(f.classA())).get(0);
        assertTrue(after.acknowledged());
        assertFalse(after.onPaper());

        Caller.run(f.admin(), ADMIN, () -> regulation.publish("Положение, ред. 2", "2. Новая редакция.", null));
        Long parentId = after.parentId();
        asTeacher(() -> {
            regulation.recordOnPaper(parentId);
            return null;
        });
        AcknowledgementRow paper =
                asTeacher(() -> regulation.statusOfClass(f.classA())).get(0);
        assertTrue(paper.onPaper());
        assertEquals(f.classTeacherA(), paper.recordedBy());
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(f.classTeacherB(), CLASS_TEACHER, () -> regulation.recordOnPaper(parentId)));
    }

    @Test
    @DisplayName(
            "Proposals: a parent proposes a new phone; the class teacher accepts it, which changes, stamps and records who proposed")
    void parentProposesClassTeacherAccepts() throws Exception {
        ProposedChanges mine = Caller.as(f.parentA(), PARENT, () -> proposals.myData());
        String bad = Failures.messageOf(() -> Caller.run(
                f.parentA(),
                PARENT,
                () -> proposals.propose(new ProposedChanges("123", null, null, null, mine.children()))));
        assertEquals("Телефон в формате +7 (XXX) XXX-XX-XX", bad);
        int filed = Caller.as(
                f.parentA(),
                PARENT,
                () -> proposals.propose(new ProposedChanges(
                        "+7 (916) 555-44-33",
                        null,
                        "Школа № 5",
                        null,
                        List.of(new ProposedChanges.ChildAddress(f.studentA(), null, "ул. Мира, 7")))));
        assertEquals(3, filed);
        List<ProposalRow> queue = asTeacher(() -> proposals.openOfClass(f.classA()));
        assertEquals(3, queue.size());
        assertEquals(3L, asTeacher(() -> proposals.countOpenOfClass(f.classA())), "the home card's count");
        assertEquals(3L, asTeacher(() -> dashboards.attention(f.classA())).openProposals());
        assertTrue(Caller.as(f.classTeacherB(), CLASS_TEACHER, () -> proposals.openOfClass(f.classB()))
                .isEmpty());
        ProposalRow phone = queue.stream()
                .filter(p -> p.fieldTitle().equals("Телефон"))
                .findFirst()
                .orElseThrow();
        ProposalRow work = queue.stream()
                .filter(p -> p.fieldTitle().equals("Место работы"))
                .findFirst()
                .orElseThrow();
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(f.classTeacherB(), CLASS_TEACHER, () -> proposals.accept(phone.id())));

        asTeacher(() -> {
            proposals.accept(phone.id());
            proposals.reject(work.id(), "Уточните название");
            return null;
        });
        assertEquals(
                (long) asTeacher(() -> proposals.openOfClass(f.classA())).size(),
                asTeacher(() -> proposals.countOpenOfClass(f.classA())));

        Parent parent = Caller.as(
                f.parentA(),
                PARENT,
                () -> parents.find(Caller.as(f.parentA(), PARENT, () -> parents.myChildren())
                        .get(0)
                        .getParents()
                        .get(0)
                        .getParent()
                        .getId()));
        assertEquals("+7 (916) 555-44-33", parent.getPhone());
        assertEquals(f.classTeacherA(), parent.getVerifiedBy());
        ChangeRecord change = asTeacher(() -> parents.history(parent.getId())).stream()
                .filter(c -> c.getField().equals("phone"))
                .findFirst()
                .orElseThrow();
        assertEquals(f.classTeacherA(), change.getChangedBy());
        assertTrue(change.getReason().contains(f.parentA()), change.getReason());
        assertEquals(1, asTeacher(() -> proposals.openOfClass(f.classA())).size(), "the child's address is still open");
    }

    @Test
    @DisplayName("Dashboard: counts what needs attention, and is refused to another class teacher")
    void dashboardCounts() throws Exception {
        Caller.run(f.admin(), ADMIN, () -> regulation.publish("Положение", "Текст", null));
        asTeacher(() -> movements.fileDeparture(f.studentA(), new DepartureData(LocalDate.now(), "Школа № 2", null)));
        Dashboard d = asTeacher(() -> dashboards.of(f.classA()));
        assertEquals(1, d.students());
        assertEquals(1, d.unverifiedStudents());
        assertEquals(1, d.unverifiedParents());
        assertEquals(0, d.studentsWithoutAccount());
        assertEquals(1, d.studentsNeverSignedIn());
        assertEquals(1, d.parentsNotAcknowledged());
        assertEquals(1, d.openMovements());
        assertEquals(1, d.parentsNoVisit());
        assertFalse(d.allClear());
        // the home card's four figures are the dashboard's, counted without the rest of it
        Attention a = asTeacher(() -> dashboards.attention(f.classA()));
        assertEquals(
                List.of(d.classId(), d.className(), 1L, d.parentsWithoutAccount(), 1L, d.openProposals()),
                List.of(
                        a.classId(),
                        a.className(),
                        a.unverifiedStudents(),
                        a.parentsWithoutAccount(),
                        a.parentsNotAcknowledged(),
                        a.openProposals()));
        assertEquals(
                1,
                Caller.as(f.deputy(), DEPUTY, () -> dashboards.of(f.classA())).students());
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(f.classTeacherB(), CLASS_TEACHER, () -> dashboards.of(f.classA())));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(f.classTeacherB(), CLASS_TEACHER, () -> dashboards.attention(f.classA())));
    }

    @Test
    @DisplayName("The own summary (top bar, home page) names the class kept and the classes and subjects taught")
    void ownSummaryNamesClassAndTeaching() throws Exception {
        AccountSummary me = Caller.as(f.classTeacherB(), CLASS_TEACHER, () -> accounts.me());
        // the lines as they were built from the entities before the summary read names only
        List<String> expected = tx.call(em -> em.createNamedQuery(
                        "TeachingAssignment.findByTeacher", ru.ejournal.school.entity.TeachingAssignment.class)
                .setParameter("teacherId", staffMemberOf(em, f.classTeacherB()))
                .getResultStream()
                .map(a -> a.getSchoolClass().getName() + ", " + a.getSubject().getName()
                        + (a.getSubgroup() == null ? "" : " (" + a.getSubgroup().getName() + ")"))
                .sorted()
                .toList());
        assertFalse(expected.isEmpty());
        assertEquals(expected, me.teaching());
        String className = tx.call(em -> em.find(SchoolClass.class, f.classB()).getName());
        assertEquals(
                ru.ejournal.common.control.Texts.text(
                        ru.ejournal.common.control.Texts.RUSSIAN, "security.account.ownClass", className, 1L),
                me.ownClass());
        assertEquals(
                List.of(),
                Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> accounts.me()).teaching(),
                "no assignment");
    }

    private static Long staffMemberOf(jakarta.persistence.EntityManager em, String login) {
        return em.createQuery("select a.staffMember.id from UserAccount a where a.login = :login", Long.class)
                .setParameter("login", login)
                .getSingleResult();
    }

    @Test
    @DisplayName("D14: a staff sign-in on a browser a student used last raises an alert the admin and deputy see")
    void staffOnStudentDeviceAlert() throws Exception {
        String device = java.util.UUID.randomUUID().toString();
        ClientInfo browser = new ClientInfo("10.0.0.7", "Chromium", device);
        assertTrue(signIn.signIn(f.classTeacherA(), Fixture.PASSWORD, browser).succeeded());
        assertEquals(0L, Caller.as(f.admin(), ADMIN, () -> deviceAlerts.count()), "no student used it before");
        assertTrue(signIn.signIn(f.studentALogin(), Fixture.PASSWORD, browser).succeeded());
        assertTrue(signIn.signIn(f.classTeacherA(), Fixture.PASSWORD, browser).succeeded(), "the sign-in succeeds");
        assertEquals(1L, Caller.as(f.admin(), ADMIN, () -> deviceAlerts.count()));
        assertEquals(
                f.classTeacherA(),
                Caller.as(f.deputy(), DEPUTY, () -> deviceAlerts.recent(0, 10))
                        .get(0)
                        .login());
        assertEquals(0L, Caller.as(f.otherSchoolAdmin(), ADMIN, () -> deviceAlerts.count()));
        assertThrows(EJBAccessException.class, () -> asTeacher(() -> deviceAlerts.count()));
    }

    @Test
    @DisplayName(
            "Import: a Windows-1251 CSV is previewed with its errors, saved only when accepted, and a re-import creates no duplicates")
    void importCsvInWindows1251() throws Exception {
        String birth = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")
                .format(LocalDate.now().minusYears(11));
        String csv =
                "Фамилия;Имя;Отчество;Дата рождения;Пол;Телефон;Родитель: фамилия;Родитель: имя;Родитель: телефон;Кем приходится\r\n"
                        + "Ёлкина;Вера;Ивановна;" + birth + ";Ж;;Ёлкина;Ирина;8 916 000 11 22;мать\r\n"
                        + "Ёлкин;Пётр;Иванович;" + birth + ";М;;Ёлкина;Ирина;+7 (916) 000-11-22;мать\r\n"
                        + "Неверов;Олег;;31.02.2015;М;;;;;\r\n";
        byte[] file = csv.getBytes(java.nio.charset.Charset.forName("windows-1251"));

        ImportPreview preview = Caller.as(f.admin(), ADMIN, () -> imports.preview(f.classA(), "7b.csv", file));
        assertEquals(2, preview.newRows());
        assertEquals(1, preview.errorRows());
        ImportRow bad = preview.rows().get(2);
        assertEquals(4, bad.line());
        assertTrue(bad.errorText().contains("ДД.ММ.ГГГГ"), bad.errorText());
        assertEquals("Ёлкина Вера Ивановна", preview.rows().get(0).student(), "Windows-1251 decoded");

        String refused = Failures.messageOf(
                () -> Caller.run(f.admin(), ADMIN, () -> imports.commit(f.classA(), "7b.csv", file, false)));
        assertTrue(refused.contains("строки с ошибками"), refused);
        assertEquals(1L, asTeacher(() -> students.count(f.classA(), null, RosterFilter.STUDYING)), "nothing saved");

        ImportResult result = Caller.as(f.admin(), ADMIN, () -> imports.commit(f.classA(), "7b.csv", file, true));
        assertEquals(2, result.students());
        assertEquals(1, result.parents(), "the siblings' mother is entered once and linked to both");
        assertEquals(3L, asTeacher(() -> students.count(f.classA(), null, RosterFilter.STUDYING)));

        ImportResult again = Caller.as(f.admin(), ADMIN, () -> imports.commit(f.classA(), "7b.csv", file, true));
        assertEquals(0, again.students());
        assertEquals(3L, asTeacher(() -> students.count(f.classA(), null, RosterFilter.STUDYING)));
        assertThrows(EJBAccessException.class, () -> asTeacher(() -> imports.preview(f.classA(), "7b.csv", file)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(f.otherSchoolAdmin(), ADMIN, () -> imports.preview(f.classA(), "7b.csv", file)));
    }

    @Test
    @DisplayName("Import: an Excel file with a date cell is read like the CSV")
    void importExcel() throws Exception {
        byte[] file;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("7Б");
            var header = sheet.createRow(0);
            String[] titles = {"Фамилия", "Имя", "Дата рождения", "Пол"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("Сидорова");
            row.createCell(1).setCellValue("Нина");
            var date = row.createCell(2);
            date.setCellValue(LocalDate.now().minusYears(11));
            var style = book.createCellStyle();
            style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            date.setCellStyle(style);
            row.createCell(3).setCellValue("ж");
            book.write(out);
            file = out.toByteArray();
        }
        ImportPreview preview = Caller.as(f.admin(), ADMIN, () -> imports.preview(f.classA(), "list.xlsx", file));
        assertEquals(1, preview.newRows(), preview.rows().toString());
        assertEquals(
                1,
                Caller.as(f.admin(), ADMIN, () -> imports.commit(f.classA(), "list.xlsx", file, false))
                        .students());
    }
}
