package ru.ejournal.it.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.credentials.boundary.IssuedCredential;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.RegionAdmins;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.region.boundary.AdministratorForm;
import ru.ejournal.region.boundary.SchoolChange;
import ru.ejournal.region.boundary.SchoolForm;
import ru.ejournal.region.boundary.SchoolRegistry;
import ru.ejournal.region.boundary.SchoolRow;
import ru.ejournal.school.entity.PeriodType;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccessControl.Intent;
import ru.ejournal.security.boundary.AccountService;
import ru.ejournal.security.boundary.SignInResult;
import ru.ejournal.security.boundary.SignInService;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.student.boundary.StudentService;

/**
 * The region administrator's schools (issue 10 §4): create and change a school with validation and
 * history, appoint its administrator with a one-time password, and the refusals: a school's admin,
 * teacher and parent cannot, and the region administrator cannot open a school's pupils.
 */
@ExtendWith(ArquillianExtension.class)
class RegionSchoolsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    SchoolRegistry registry;

    @Inject
    RegionAdmins regionAdmins;

    @Inject
    TestSchools schools;

    @Inject
    SignInService signIn;

    @Inject
    AccessControl access;

    @Inject
    AccountService accounts;

    @Inject
    StudentService students;

    @Inject
    Tx tx;

    @Test
    @DisplayName(
            "The region admin creates a school, changes it with history, and a duplicate code or empty name is refused"
                    + " in Russian with nothing stored")
    void createsAndEditsSchool() throws Exception {
        String region = regionAdmins.create();
        String code = "rg" + UUID.randomUUID().toString().substring(0, 6);

        SchoolRow created = Caller.as(
                region,
                RegionAdmins.ROLES,
                () -> registry.create(
                        new SchoolForm(" " + code + " ", "МБОУ «СОШ № 5»", "г. Энск", PeriodType.TRIMESTERS)));

        assertEquals(code, created.code());
        assertEquals(PeriodType.TRIMESTERS, created.periodType());
        long before = Caller.as(region, RegionAdmins.ROLES, () -> registry.count());
        BusinessException duplicate = assertThrows(
                BusinessException.class,
                () -> Caller.run(
                        region,
                        RegionAdmins.ROLES,
                        () -> registry.create(new SchoolForm(code, "Другая", null, PeriodType.QUARTERS))));
        assertTrue(duplicate.getMessage().contains("Школа с кодом «" + code + "» уже есть"), duplicate.getMessage());
        BusinessException empty = assertThrows(
                BusinessException.class,
                () -> Caller.run(
                        region, RegionAdmins.ROLES, () -> registry.create(new SchoolForm("x y", " ", null, null))));
        assertTrue(empty.getMessage().contains("Укажите название школы"), empty.getMessage());
        assertTrue(empty.getMessage().contains("Код школы"), empty.getMessage());
        assertEquals(before, Caller.as(region, RegionAdmins.ROLES, () -> registry.count()), "nothing stored");

        Caller.run(
                region,
                RegionAdmins.ROLES,
                () -> registry.update(
                        created.id(),
                        new SchoolForm(code, "МБОУ «СОШ № 5 им. Пушкина»", "г. Энск", PeriodType.HALF_YEARS)));

        List<SchoolChange> history = Caller.as(region, RegionAdmins.ROLES, () -> registry.history(created.id()));
        assertTrue(
                history.stream()
                        .anyMatch(c -> c.field().equals("name")
                                && "МБОУ «СОШ № 5»".equals(c.oldValue())
                                && "МБОУ «СОШ № 5 им. Пушкина»".equals(c.newValue())
                                && c.changedBy().equals(region)),
                history.toString());
        assertTrue(history.stream().anyMatch(c -> c.field().equals("periodType") && "HALF_YEARS".equals(c.newValue())));
        assertTrue(history.stream().anyMatch(c -> "Школа создана".equals(c.reason())));
        // the list pages by 200; a whole test run leaves many schools before this one
        boolean listed = false;
        for (int first = 0; !listed; first += 200) {
            int from = first;
            List<SchoolRow> page = Caller.as(region, RegionAdmins.ROLES, () -> registry.schools(from, 200));
            if (page.isEmpty()) {
                break;
            }
            listed = page.stream().anyMatch(s -> s.id().equals(created.id()));
        }
        assertTrue(listed, "the new school is on a page of the region's list");
    }

    @Test
    @DisplayName(
            "The school's administrator gets an account of role ADMIN with a one-time password, stored only hashed,"
                    + " that must be changed at the first sign-in")
    void appointsSchoolAdministrator() throws Exception {
        String region = regionAdmins.create();
        String code = "ra" + UUID.randomUUID().toString().substring(0, 6);
        SchoolRow school = Caller.as(
                region,
                RegionAdmins.ROLES,
                () -> registry.create(new SchoolForm(code, "Школа " + code, null, PeriodType.QUARTERS)));

        IssuedCredential issued = Caller.as(
                region,
                RegionAdmins.ROLES,
                () -> registry.createAdministrator(
                        school.id(),
                        new AdministratorForm("Орлова", "Вера", "Павловна", null, "orlova@school.ru", null)));

        assertEquals(10, issued.password().length());
        UserAccount account = tx.call(em -> em.createNamedQuery("UserAccount.findByLogin", UserAccount.class)
                .setParameter("login", issued.login())
                .getSingleResult());
        assertTrue(account.hasRole(ru.ejournal.security.entity.Role.ADMIN));
        assertEquals(
                school.id(),
                tx.call(em ->
                        em.find(UserAccount.class, account.getId()).getSchool().getId()));
        assertTrue(account.isMustChangePassword());
        assertFalse(account.getPasswordHash().contains(issued.password()));
        SignInResult result = signIn.signIn(issued.login(), issued.password(), null);
        assertEquals(SignInResult.Outcome.SUCCESS, result.outcome());
        assertTrue(result.mustChangePassword());
        assertEquals(
                1,
                Caller.as(region, RegionAdmins.ROLES, () -> registry.administrators(school.id()))
                        .size());
        byte[] pdf = Caller.as(
                region, RegionAdmins.ROLES, () -> registry.slipsPdf(school.id(), List.of(issued), "http://journal/"));
        assertTrue(pdf.length > 1000 && new String(pdf, 0, 5).equals("%PDF-"));
        BusinessException noName = assertThrows(
                BusinessException.class,
                () -> Caller.run(
                        region,
                        RegionAdmins.ROLES,
                        () -> registry.createAdministrator(
                                school.id(), new AdministratorForm(" ", null, null, null, "bad", null))));
        assertTrue(noName.getMessage().contains("Укажите фамилию"), noName.getMessage());
    }

    @Test
    @DisplayName(
            "A school admin, a teacher and a parent cannot call the region's services; the region admin cannot open a"
                    + " school's pupils")
    void refusesOthers() throws Exception {
        Fixture f = schools.create();
        String region = regionAdmins.create();
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(
                        f.admin(),
                        Fixture.ADMIN,
                        () -> registry.create(
                                new SchoolForm("zz" + f.schoolId(), "Школа", null, PeriodType.QUARTERS))));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(
                        f.admin(),
                        Fixture.ADMIN,
                        () -> registry.createAdministrator(
                                f.otherSchoolId(), new AdministratorForm("Захватов", "Иван", null, null, null, null))));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(f.classTeacherA(), Fixture.CLASS_TEACHER, () -> registry.schools(0, 10)));
        assertThrows(EJBAccessException.class, () -> Caller.run(f.parentA(), Fixture.PARENT, () -> registry.count()));
        // A school account given the role by mistake is still not the region's: the check wants no school.
        assertThrows(
                AccessDeniedException.class, () -> Caller.run(f.admin(), RegionAdmins.ROLES, () -> registry.count()));

        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(region, RegionAdmins.ROLES, () -> access.checkStudent(f.studentA(), Intent.READ)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(region, RegionAdmins.ROLES, () -> access.checkClass(f.classA(), Intent.READ)));
        assertThrows(
                EJBAccessException.class,
                () -> Caller.run(region, RegionAdmins.ROLES, () -> students.roster(f.classA())));
        assertTrue(
                Caller.as(region, RegionAdmins.ROLES, () -> accounts.me())
                        .schoolFigures()
                        .get(0)
                        .startsWith("Школ"),
                "the region admin's home page has no school and does not fail");
        assertNull(
                Caller.as(region, RegionAdmins.ROLES, () -> access.callerIds()).schoolId());
    }
}
