package ru.ejournal.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.credentials.boundary.IssuedCredential;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.it.classteacher.Failures;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.security.boundary.ClientInfo;
import ru.ejournal.security.boundary.SignInResult;
import ru.ejournal.security.boundary.SignInResult.Outcome;
import ru.ejournal.security.boundary.SignInService;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.Role;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.staff.boundary.StaffCredentialService;
import ru.ejournal.staff.boundary.StaffData;
import ru.ejournal.staff.boundary.StaffRow;
import ru.ejournal.staff.boundary.StaffService;

/**
 * The administrator's staff cards and staff credentials: created and edited with the cards' validation
 * and history, one-time passwords that must be changed at the first sign-in, reset, block, unblock, the
 * bulk issue; only the administrator of the same school may do any of it.
 */
@ExtendWith(ArquillianExtension.class)
class StaffIT {

    private static final ClientInfo BROWSER = new ClientInfo("127.0.0.1", "JUnit", null);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    StaffService staff;

    @Inject
    StaffCredentialService credentials;

    @Inject
    SignInService signIn;

    @Inject
    Tx tx;

    Fixture f;

    @BeforeEach
    void createSchool() {
        f = schools.create();
    }

    private static StaffData chemist(String phone) {
        return new StaffData(
                "Сидорова",
                "Анна",
                "Павловна",
                "Учитель химии",
                phone,
                "sidorova@example.ru",
                EnumSet.of(Role.SUBJECT_TEACHER));
    }

    private StaffRow createChemist() throws Exception {
        return Caller.as(f.admin(), Fixture.ADMIN, () -> staff.create(chemist("8 916 123 45 67")));
    }

    @Test
    @DisplayName(
            "A new staff member gets a normalised phone and a login whose account waits, disabled, for credentials")
    void createsAndEdits() throws Exception {
        StaffRow created = createChemist();

        assertEquals("Сидорова Анна Павловна", created.fullName());
        assertEquals("+7 (916) 123-45-67", created.phone());
        assertTrue(created.login().startsWith("sidorova.a"), created.login());
        assertFalse(created.passwordIssued());
        assertFalse(created.enabled());
        assertEquals(List.of(Role.SUBJECT_TEACHER), created.roles());

        StaffRow edited = Caller.as(
                f.admin(),
                Fixture.ADMIN,
                () -> staff.update(
                        created.id(),
                        created.version(),
                        new StaffData(
                                "Сидорова",
                                "Анна",
                                "Павловна",
                                "Заместитель директора",
                                "",
                                "",
                                EnumSet.of(Role.SUBJECT_TEACHER, Role.DEPUTY_DIRECTOR))));

        assertEquals("Заместитель директора", edited.position());
        assertEquals(List.of(Role.SUBJECT_TEACHER, Role.DEPUTY_DIRECTOR), edited.roles());
        List<ChangeRecord> history = Caller.as(f.admin(), Fixture.ADMIN, () -> staff.history(created.id()));
        assertTrue(changed(history, "position", "Учитель химии", "Заместитель директора"), history.toString());
        assertTrue(changed(history, "phone", "+7 (916) 123-45-67", null), history.toString());
        assertTrue(changed(history, "roles", "SUBJECT_TEACHER", "DEPUTY_DIRECTOR,SUBJECT_TEACHER"), history.toString());
        assertEquals(1L, Caller.as(f.admin(), Fixture.ADMIN, () -> staff.count("сидоров", Role.DEPUTY_DIRECTOR)));
        assertEquals(0L, Caller.as(f.admin(), Fixture.ADMIN, () -> staff.count("сидоров", Role.CLASS_TEACHER)));
        assertEquals(
                "Сидорова Анна Павловна",
                Caller.as(f.admin(), Fixture.ADMIN, () -> staff.page(0, 20, "анна павл", null))
                        .get(0)
                        .fullName());
    }

    @Test
    @DisplayName("A bad name, phone, e-mail or role is refused in Russian and nothing is stored")
    void refusesBadInput() throws Exception {
        long before = staffCount();

        assertEquals(
                "Фамилия: только буквы, пробел и дефис",
                refusal(new StaffData("Сидорова1", "Анна", null, null, null, null, EnumSet.of(Role.ADMIN))));
        assertEquals(
                "Укажите имя", refusal(new StaffData("Сидорова", " ", null, null, null, null, EnumSet.of(Role.ADMIN))));
        assertEquals(
                "Выберите хотя бы одну роль",
                refusal(new StaffData("Сидорова", "Анна", null, null, null, null, Set.of())));
        assertEquals("Телефон в формате +7 (XXX) XXX-XX-XX", refusal(chemist("12-34")));
        assertEquals(
                "Адрес электронной почты указан неверно",
                refusal(new StaffData("Сидорова", "Анна", null, null, null, "не почта", EnumSet.of(Role.ADMIN))));
        assertTrue(refusal(new StaffData("Сидорова", "Анна", null, null, null, null, EnumSet.of(Role.PARENT)))
                .startsWith("Сотруднику можно дать только роли"));

        assertEquals(before, staffCount());
        StaffRow created = createChemist();
        assertEquals(
                "Отчество: только буквы, пробел и дефис",
                Failures.messageOf(() -> Caller.as(
                        f.admin(),
                        Fixture.ADMIN,
                        () -> staff.update(
                                created.id(),
                                created.version(),
                                new StaffData("Петрова", "Анна", "П.", null, null, null, EnumSet.of(Role.ADMIN))))));
        assertEquals(
                "Сидорова",
                Caller.as(f.admin(), Fixture.ADMIN, () -> staff.card(created.id()))
                        .data()
                        .lastName());
    }

    @Test
    @DisplayName(
            "Issued credentials sign in with the one-time password, which must then be changed; it is stored only hashed")
    void issueAndSignIn() throws Exception {
        StaffRow created = createChemist();
        assertNotEquals(
                Outcome.SUCCESS,
                signIn.signIn(created.login(), "anything", BROWSER).outcome());

        IssuedCredential issued = Caller.as(f.admin(), Fixture.ADMIN, () -> credentials.issue(created.id()));

        assertEquals(created.login(), issued.login());
        assertEquals("Учитель-предметник", issued.roleTitle());
        SignInResult result = signIn.signIn(issued.login(), issued.password(), BROWSER);
        assertEquals(Outcome.SUCCESS, result.outcome());
        assertTrue(result.mustChangePassword(), "forced to change the one-time password");
        assertEquals(Set.of("SUBJECT_TEACHER"), result.roles());
        UserAccount account = account(issued.login());
        assertTrue(account.getPasswordHash().startsWith("$argon2id$"), account.getPasswordHash());
        assertFalse(account.getPasswordHash().contains(issued.password()));
        assertEquals(0L, (long) tx.call(em -> em.createQuery(
                        "select count(c) from ChangeRecord c where c.oldValue like :p or c.newValue like :p",
                        Long.class)
                .setParameter("p", "%" + issued.password() + "%")
                .getSingleResult()));
        assertNotNull(Caller.as(f.admin(), Fixture.ADMIN, () -> staff.page(0, 20, "сидоров", null))
                .get(0)
                .lastLoginAt());
    }

    @Test
    @DisplayName(
            "Reset gives a new one-time password and voids the old; block refuses sign-in, unblock lets it in again")
    void resetBlockUnblock() throws Exception {
        StaffRow created = createChemist();
        IssuedCredential first = Caller.as(f.admin(), Fixture.ADMIN, () -> credentials.issue(created.id()));

        IssuedCredential reset = Caller.as(f.admin(), Fixture.ADMIN, () -> credentials.resetPassword(created.id()));

        assertEquals(
                Outcome.INVALID,
                signIn.signIn(first.login(), first.password(), BROWSER).outcome());
        assertEquals(
                Outcome.SUCCESS,
                signIn.signIn(reset.login(), reset.password(), BROWSER).outcome());

        Caller.run(f.admin(), Fixture.ADMIN, () -> credentials.block(created.id()));
        assertEquals(
                Outcome.BLOCKED,
                signIn.signIn(reset.login(), reset.password(), BROWSER).outcome());
        Caller.run(f.admin(), Fixture.ADMIN, () -> credentials.unblock(created.id()));
        assertEquals(
                Outcome.SUCCESS,
                signIn.signIn(reset.login(), reset.password(), BROWSER).outcome());

        List<ChangeRecord> history = Caller.as(f.admin(), Fixture.ADMIN, () -> staff.history(created.id()));
        for (String reason : List.of(
                "Выданы данные для входа",
                "Пароль сброшен",
                "Учётная запись заблокирована",
                "Учётная запись разблокирована")) {
            assertTrue(history.stream().anyMatch(c -> reason.equals(c.getReason())), reason + ": " + history);
        }
        assertEquals(
                "Нельзя заблокировать собственную учётную запись",
                Failures.messageOf(() -> Caller.run(f.admin(), Fixture.ADMIN, () -> credentials.block(ownStaffId()))));
    }

    @Test
    @DisplayName("The bulk issue gives passwords to every staff member without one, and only to them")
    void bulkIssue() throws Exception {
        StaffRow one = createChemist();
        StaffRow two = Caller.as(
                f.admin(),
                Fixture.ADMIN,
                () -> staff.create(new StaffData(
                        "Ёлкин",
                        "Пётр",
                        null,
                        null,
                        null,
                        null,
                        EnumSet.of(Role.CLASS_TEACHER, Role.SUBJECT_TEACHER))));

        List<IssuedCredential> issued = Caller.as(f.admin(), Fixture.ADMIN, () -> credentials.issueMissing());

        assertEquals(
                Set.of(one.login(), two.login()),
                Set.copyOf(issued.stream().map(IssuedCredential::login).toList()));
        assertEquals("elkin.p", two.login().replaceAll("\\d+$", ""));
        for (IssuedCredential c : issued) {
            assertTrue(signIn.signIn(c.login(), c.password(), BROWSER).mustChangePassword());
        }
        assertEquals(List.of(), Caller.as(f.admin(), Fixture.ADMIN, () -> credentials.issueMissing()));
    }

    @Test
    @DisplayName("Another school's administrator, a class teacher, a deputy director and a parent can do none of it")
    void refusals() throws Exception {
        StaffRow created = createChemist();
        long id = created.id();
        refused(f.otherSchoolAdmin(), Fixture.ADMIN, () -> staff.card(id));
        refused(f.otherSchoolAdmin(), Fixture.ADMIN, () -> staff.update(id, created.version(), chemist(null)));
        refused(f.otherSchoolAdmin(), Fixture.ADMIN, () -> credentials.issue(id));
        refused(f.otherSchoolAdmin(), Fixture.ADMIN, () -> credentials.resetPassword(id));
        refused(f.otherSchoolAdmin(), Fixture.ADMIN, () -> credentials.block(id));
        refused(f.otherSchoolAdmin(), Fixture.ADMIN, () -> staff.history(id));
        assertEquals(0L, Caller.as(f.otherSchoolAdmin(), Fixture.ADMIN, () -> staff.count("сидоров", null)));
        for (String[] who : new String[][] {{f.classTeacherA(), "CT"}, {f.deputy(), "DEP"}, {f.parentA(), "PAR"}}) {
            Set<String> roles = switch (who[1]) {
                case "CT" -> Fixture.CLASS_TEACHER;
                case "DEP" -> Fixture.DEPUTY;
                default -> Fixture.PARENT;
            };
            refused(who[0], roles, () -> staff.create(chemist(null)));
            refused(who[0], roles, () -> staff.update(id, created.version(), chemist(null)));
            refused(who[0], roles, () -> staff.page(0, 20, null, null));
            refused(who[0], roles, () -> credentials.issue(id));
            refused(who[0], roles, () -> credentials.resetPassword(id));
            refused(who[0], roles, () -> credentials.block(id));
            refused(who[0], roles, () -> credentials.unblock(id));
            refused(who[0], roles, () -> credentials.issueMissing());
        }
        assertFalse(account(created.login()).isEnabled(), "nothing was issued by anyone refused");
    }

    private String refusal(StaffData data) {
        return Failures.messageOf(() -> Caller.as(f.admin(), Fixture.ADMIN, () -> staff.create(data)));
    }

    private static boolean changed(List<ChangeRecord> history, String field, String from, String to) {
        return history.stream()
                .anyMatch(c -> c.getField().equals(field)
                        && java.util.Objects.equals(c.getOldValue(), from)
                        && java.util.Objects.equals(c.getNewValue(), to));
    }

    private static void refused(String login, Set<String> roles, Caller.Action action) {
        try {
            Caller.run(login, roles, action);
        } catch (Exception e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof EJBAccessException || c instanceof AccessDeniedException) {
                    return;
                }
            }
            fail(login + ": expected a refusal of access, got " + e);
        }
        fail(login + ": expected a refusal of access");
    }

    private long staffCount() {
        return tx.call(
                em -> em.createQuery("select count(s) from StaffMember s where s.school.id = :school", Long.class)
                        .setParameter("school", f.schoolId())
                        .getSingleResult());
    }

    private Long ownStaffId() {
        return tx.call(em -> {
            UserAccount admin = account(em, f.admin());
            if (admin.getStaffMember() == null) {
                ru.ejournal.staff.entity.StaffMember me =
                        new ru.ejournal.staff.entity.StaffMember(admin.getSchool(), "Админова", "Ольга", null);
                em.persist(me);
                admin.setStaffMember(me);
            }
            return admin.getStaffMember().getId();
        });
    }

    private UserAccount account(String login) {
        return tx.call(em -> account(em, login));
    }

    private static UserAccount account(jakarta.persistence.EntityManager em, String login) {
        return em.createNamedQuery("UserAccount.findByLogin", UserAccount.class)
                .setParameter("login", login)
                .getSingleResult();
    }
}
