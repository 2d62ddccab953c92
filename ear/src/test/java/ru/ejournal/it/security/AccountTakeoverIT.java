package ru.ejournal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static ru.ejournal.it.support.Fixture.ADMIN;
import static ru.ejournal.it.support.Fixture.CLASS_TEACHER;

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
import ru.ejournal.classteacher.boundary.Option;
import ru.ejournal.classteacher.boundary.SubgroupPlan;
import ru.ejournal.classteacher.boundary.SubgroupService;
import ru.ejournal.credentials.boundary.AccountRow;
import ru.ejournal.credentials.boundary.CredentialService;
import ru.ejournal.credentials.boundary.IssuedCredential;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.parent.boundary.ParentData;
import ru.ejournal.parent.boundary.ParentFilter;
import ru.ejournal.parent.boundary.ParentRow;
import ru.ejournal.parent.boundary.ParentService;
import ru.ejournal.parent.entity.Parent;
import ru.ejournal.parent.entity.Relation;
import ru.ejournal.parent.entity.StudentParent;
import ru.ejournal.school.entity.TeachingAssignment;
import ru.ejournal.security.boundary.SignInService;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.staff.boundary.AssignmentChange;
import ru.ejournal.staff.boundary.AssignmentData;
import ru.ejournal.staff.boundary.AssignmentRow;
import ru.ejournal.staff.boundary.AssignmentService;
import ru.ejournal.student.entity.Gender;
import ru.ejournal.student.entity.Student;

/**
 * Paths to another person's account or marks (issue 11): a class teacher finds, links and resets the
 * password of a parent of other classes' pupils; a class teacher names any staff member a subgroup's
 * teacher. The fixture: class 5А (class teacher Иванова, mathematics by Смирнов), class 5Б (class
 * teacher Петрова, who teaches its mathematics), the pupil Кузнецов И. in 5А with his mother
 * Кузнецова Елена Сергеевна (an account), the pupil Орлова А. in 5Б.
 */
@ExtendWith(ArquillianExtension.class)
class AccountTakeoverIT {

    private static final String MOTHER_PHONE = "+7 (903) 111-22-33";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    Tx tx;

    @Inject
    ParentService parents;

    @Inject
    CredentialService credentials;

    @Inject
    SubgroupService subgroups;

    @Inject
    AssignmentService assignments;

    @Inject
    SignInService signIn;

    Fixture f;
    long mother;
    long motherAccount;

    @BeforeEach
    void createSchool() {
        f = schools.create();
        mother = tx.call(em -> {
            Parent p = em.createQuery("select sp.parent from StudentParent sp where sp.student.id = :s", Parent.class)
                    .setParameter("s", f.studentA())
                    .getSingleResult();
            p.setPhone(MOTHER_PHONE);
            return p.getId();
        });
        motherAccount = accountId(f.parentA());
    }

    @Test
    @DisplayName("A class teacher's search shows no other class's family: no match by name or phone alone, and the"
            + " exact full name with the phone finds the parent without children, login or last visit")
    void searchHidesOtherClassesFamilies() throws Exception {
        assertTrue(
                asTeacherB(() -> parents.findExisting(f.studentB(), "Кузнецова", "Елена", null))
                        .isEmpty(),
                "found by the name alone");
        assertTrue(
                asTeacherB(() -> parents.findExisting(f.studentB(), null, null, MOTHER_PHONE))
                        .isEmpty(),
                "found by the phone alone");
        assertTrue(
                asTeacherB(() -> parents.findExisting(f.studentB(), "Кузнецова", "Елена", "Ивановна", MOTHER_PHONE))
                        .isEmpty(),
                "found with another patronymic");

        List<ParentRow> exact = asTeacherB(
                () -> parents.findExisting(f.studentB(), "кузнецова", "Елена", "Сергеевна", "+7 903 111 22 33"));
        assertEquals(1, exact.size(), exact.toString());
        ParentRow row = exact.get(0);
        assertEquals(mother, row.id());
        assertTrue(row.limited());
        assertTrue(row.familyElsewhere());
        assertNull(row.children(), "the children of another class");
        assertNull(row.login());
        assertNull(row.lastVisit());
        assertNull(row.verifiedAt());

        List<ParentRow> byAdmin =
                Caller.as(f.admin(), ADMIN, () -> parents.findExisting(f.studentB(), "Кузнецова", "Елена", null));
        assertEquals(1, byAdmin.size());
        assertTrue(
                byAdmin.get(0).children().contains("Кузнецов И."),
                byAdmin.get(0).children());
        assertEquals(f.parentA(), byAdmin.get(0).login());

        List<ParentRow> own = Caller.as(
                f.classTeacherA(), CLASS_TEACHER, () -> parents.findExisting(f.studentA(), "Кузнецова", null, null));
        assertEquals(1, own.size(), "the class teacher still finds their own class's parent by the name");
        assertTrue(own.get(0).children().contains("Кузнецов И."), own.get(0).children());
    }

    @Test
    @DisplayName("A class teacher cannot link a parent who has a child in another class; the administrator can")
    void linkOfAnotherClassesParentNeedsAdmin() throws Exception {
        String refused = refusal(() -> asTeacherB(() -> parents.linkExisting(f.studentB(), mother, Relation.MOTHER)));
        assertTrue(refused.contains("администратор"), refused);
        assertEquals(1L, links(mother), "no link was made");

        Caller.as(f.admin(), ADMIN, () -> parents.linkExisting(f.studentB(), mother, Relation.MOTHER));
        assertEquals(2L, links(mother));
        List<ParentRow> listOfB = asTeacherB(() -> parents.page(f.classB(), null, ParentFilter.ALL, 0, 10));
        assertEquals(1, listOfB.size());
        assertTrue(
                listOfB.get(0).children().contains("Орлова А."), listOfB.get(0).children());
        assertFalse(listOfB.get(0).children().contains("Кузнецов"), "a pupil of 5А in 5Б's list");
        assertTrue(listOfB.get(0).familyElsewhere());
        List<String> onCard = asTeacherB(() -> parents.childrenOf(mother)).stream()
                .map(sp -> sp.getStudent().getLastName())
                .toList();
        assertEquals(List.of("Орлова"), onCard, "the parent card of 5Б's class teacher");
    }

    @Test
    @DisplayName("A class teacher cannot reset the password of a parent with a child in another class (nor of a"
            + " staff account linked to a parent); the administrator can")
    void resetOfAnotherClassesParentNeedsAdmin() throws Exception {
        Caller.as(f.admin(), ADMIN, () -> parents.linkExisting(f.studentB(), mother, Relation.MOTHER));
        String hash = passwordHash(motherAccount);

        String byB = refusal(() -> asTeacherB(() -> credentials.resetPassword(motherAccount)));
        assertTrue(byB.contains("администратор"), byB);
        String byA = refusal(
                () -> Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> credentials.resetPassword(motherAccount)));
        assertTrue(byA.contains("администратор"), byA);
        assertEquals(hash, passwordHash(motherAccount), "the password stays");
        AccountRow row = asTeacherB(() -> credentials.overview(f.classB())).stream()
                .filter(r -> Long.valueOf(motherAccount).equals(r.accountId()))
                .findFirst()
                .orElseThrow();
        assertTrue(row.resetByAdmin(), "the screen says the administrator resets it");

        IssuedCredential byAdmin = Caller.as(f.admin(), ADMIN, () -> credentials.resetPassword(motherAccount));
        assertTrue(signIn.signIn(f.parentA(), byAdmin.password(), null).mustChangePassword());

        long colleague = accountId(f.subjectTeacherA());
        tx.call(em -> {
            Parent father = new Parent(em.find(Student.class, f.studentA()).getSchool(), "Смирнов", "Олег", null);
            em.persist(father);
            em.persist(new StudentParent(em.find(Student.class, f.studentA()), father, Relation.FATHER));
            em.find(UserAccount.class, colleague).setParent(father);
            return null;
        });
        String staff =
                refusal(() -> Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> credentials.resetPassword(colleague)));
        assertTrue(staff.contains("сотрудников"), staff);
    }

    @Test
    @DisplayName("The class teacher of every child of the parent resets the parent's password and links them")
    void classTeacherOfEveryChildResets() throws Exception {
        Parent father = Caller.as(
                f.classTeacherA(),
                CLASS_TEACHER,
                () -> parents.create(
                        f.studentA(),
                        Relation.FATHER,
                        new ParentData("Кузнецов", "Пётр", "Ильич", null, null, null, null, null)));
        long sister = tx.call(em -> {
            Student s = new Student(
                    em.find(Student.class, f.studentA()).getSchoolClass(),
                    "A-" + System.nanoTime(),
                    "Кузнецова",
                    "Анна",
                    null);
            s.setBirthDate(LocalDate.now().minusYears(11));
            s.setGender(Gender.F);
            em.persist(s);
            em.flush();
            return s.getId();
        });
        Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> parents.linkExisting(sister, mother, Relation.MOTHER));
        Caller.as(
                f.classTeacherA(), CLASS_TEACHER, () -> parents.linkExisting(sister, father.getId(), Relation.FATHER));
        IssuedCredential reset =
                Caller.as(f.classTeacherA(), CLASS_TEACHER, () -> credentials.resetPassword(motherAccount));
        assertTrue(signIn.signIn(f.parentA(), reset.password(), null).mustChangePassword());
    }

    @Test
    @DisplayName("A subgroup's teacher must hold a current assignment of the class and subject: the class teacher"
            + " themself and another staff member are refused, the holder is accepted, and the change is in the"
            + " assignment's history")
    void subgroupTeacherMustHoldAssignment() throws Exception {
        Long math = asTeacherA(() -> subgroups.subjects(f.classA())).get(0).id();
        long ivanova = staffId("Иванова");
        long petrova = staffId("Петрова");
        long smirnov = staffId("Смирнов");
        List<Option> offered = asTeacherA(() -> subgroups.teachers(f.classA(), math));
        assertEquals(List.of(smirnov), offered.stream().map(Option::id).toList(), offered.toString());

        for (long teacher : new long[] {ivanova, petrova}) {
            String refused = refusal(() -> asTeacherA(() -> subgroups.save(
                    f.classA(),
                    math,
                    List.of(
                            new SubgroupPlan(null, "1 подгруппа", smirnov, List.of(f.studentA())),
                            new SubgroupPlan(null, "2 подгруппа", teacher, List.of())))));
            assertTrue(refused.contains("не ведёт предмет"), refused);
        }
        assertEquals(0L, assignmentsOf(ivanova), "no assignment for the class teacher");
        assertEquals(1L, assignmentsOf(petrova), "Петрова keeps only her 5Б assignment");
        assertTrue(asTeacherA(() -> subgroups.subgroups(f.classA(), math)).isEmpty(), "nothing was saved");

        asTeacherA(() -> subgroups.save(
                f.classA(),
                math,
                List.of(
                        new SubgroupPlan(null, "1 подгруппа", smirnov, List.of(f.studentA())),
                        new SubgroupPlan(null, "2 подгруппа", smirnov, List.of()))));
        List<TeachingAssignment> split = subgroupAssignments(f.classA());
        assertEquals(2, split.size());
        assertTrue(split.stream().allMatch(a -> a.getTeacher().getId().equals(smirnov)));
        List<AssignmentChange> created = Caller.as(
                f.admin(), ADMIN, () -> assignments.history(split.get(0).getId()));
        assertTrue(
                created.stream()
                        .anyMatch(c -> c.field().equals("Учитель")
                                && c.newValue().startsWith("Смирнов")
                                && c.reason().contains("подгрупп")),
                created.toString());
        long removed = tx.call(em -> em.createQuery("""
                        select count(c) from ChangeRecord c where c.entityType = 'TeachingAssignment'
                        and c.field = 'teacher' and c.oldValue = :teacher and c.newValue is null""", Long.class)
                .setParameter("teacher", String.valueOf(smirnov))
                .getSingleResult());
        assertEquals(1L, removed, "the removed whole-class assignment is in the history");
    }

    @Test
    @DisplayName("Handing a subgroup over to another holder and the administrator's assignment changes write history")
    void assignmentChangesWriteHistory() throws Exception {
        Long math = asTeacherA(() -> subgroups.subjects(f.classA())).get(0).id();
        long petrova = staffId("Петрова");
        long smirnov = staffId("Смирнов");
        asTeacherA(() -> subgroups.save(
                f.classA(),
                math,
                List.of(
                        new SubgroupPlan(null, "1 подгруппа", smirnov, List.of(f.studentA())),
                        new SubgroupPlan(null, "2 подгруппа", smirnov, List.of()))));
        List<SubgroupPlan> groups = asTeacherA(() -> subgroups.subgroups(f.classA(), math));
        SubgroupPlan first = groups.get(0);
        SubgroupPlan second = groups.get(1);

        AssignmentRow created = Caller.as(
                f.admin(),
                ADMIN,
                () -> assignments.create(new AssignmentData(petrova, f.classA(), math, second.id(), null, null)));
        List<AssignmentChange> ofCreated = Caller.as(f.admin(), ADMIN, () -> assignments.history(created.id()));
        assertTrue(
                ofCreated.stream()
                        .anyMatch(c -> c.field().equals("Учитель")
                                && c.newValue().startsWith("Петрова")
                                && "Нагрузка назначена".equals(c.reason())),
                ofCreated.toString());

        asTeacherA(() -> subgroups.save(
                f.classA(),
                math,
                List.of(
                        new SubgroupPlan(first.id(), first.name(), petrova, first.memberIds()),
                        new SubgroupPlan(second.id(), second.name(), smirnov, second.memberIds()))));
        long handedOver = tx.call(em ->
                em.createQuery("""
                        select a.id from TeachingAssignment a where a.subgroup.id = :g""", Long.class).setParameter("g", first.id()).getSingleResult());
        List<AssignmentChange> ofHandedOver = Caller.as(f.admin(), ADMIN, () -> assignments.history(handedOver));
        assertTrue(
                ofHandedOver.stream()
                        .anyMatch(c -> c.field().equals("Учитель")
                                && c.oldValue().startsWith("Смирнов")
                                && c.newValue().startsWith("Петрова")),
                ofHandedOver.toString());
        assertEquals(
                Long.valueOf(2),
                tx.<Long>call(em -> em.createQuery(
                                "select count(a) from TeachingAssignment a where a.subgroup.id = :g", Long.class)
                        .setParameter("g", second.id())
                        .getSingleResult()),
                "the second subgroup keeps both of its teachers");

        Caller.as(f.admin(), ADMIN, () -> assignments.end(created.id(), LocalDate.now()));
        List<AssignmentChange> ended = Caller.as(f.admin(), ADMIN, () -> assignments.history(created.id()));
        assertTrue(
                ended.stream().anyMatch(c -> c.field().equals("По") && "Нагрузка завершена".equals(c.reason())),
                ended.toString());
    }

    private <T> T asTeacherA(java.util.concurrent.Callable<T> action) throws Exception {
        return Caller.as(f.classTeacherA(), CLASS_TEACHER, action);
    }

    private <T> T asTeacherB(java.util.concurrent.Callable<T> action) throws Exception {
        return Caller.as(f.classTeacherB(), CLASS_TEACHER, action);
    }

    /** The message of the refusal ({@link AccessDeniedException}) the action ends in. */
    private static String refusal(Caller.Action action) {
        try {
            action.run();
        } catch (Exception e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof AccessDeniedException) {
                    return c.getMessage();
                }
            }
            return fail("not a refusal: " + e);
        }
        return fail("expected a refusal");
    }

    private long accountId(String login) {
        return tx.call(em -> em.createNamedQuery("UserAccount.findByLogin", UserAccount.class)
                .setParameter("login", login)
                .getSingleResult()
                .getId());
    }

    private String passwordHash(long accountId) {
        return tx.call(em -> em.find(UserAccount.class, accountId).getPasswordHash());
    }

    private long links(long parentId) {
        return tx.call(
                em -> em.createQuery("select count(sp) from StudentParent sp where sp.parent.id = :p", Long.class)
                        .setParameter("p", parentId)
                        .getSingleResult());
    }

    private long staffId(String lastName) {
        return tx.call(em -> em.createQuery(
                        "select m.id from StaffMember m where m.school.id = :school and m.lastName = :name", Long.class)
                .setParameter("school", f.schoolId())
                .setParameter("name", lastName)
                .getSingleResult());
    }

    private long assignmentsOf(long staffMemberId) {
        return tx.call(
                em -> em.createQuery("select count(a) from TeachingAssignment a where a.teacher.id = :t", Long.class)
                        .setParameter("t", staffMemberId)
                        .getSingleResult());
    }

    private List<TeachingAssignment> subgroupAssignments(long classId) {
        return tx.call(em -> em.createQuery("""
                        select a from TeachingAssignment a join fetch a.teacher
                        where a.schoolClass.id = :c and a.subgroup is not null order by a.id""", TeachingAssignment.class)
                .setParameter("c", classId)
                .getResultList());
    }
}
