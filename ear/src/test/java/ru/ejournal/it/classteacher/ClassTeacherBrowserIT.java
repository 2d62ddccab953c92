package ru.ejournal.it.classteacher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import ru.ejournal.it.browser.DemoBrowserTest;

/**
 * The demo class teacher of 7Б (ivanova) and the administrator walk through the workspace in
 * headless Chromium. Each test makes the data it needs (unique names), so the tests run in any order
 * and again on the same database.
 */
class ClassTeacherBrowserIT extends DemoBrowserTest {

    private static final String DEMO_PASSWORD = "demo2026";

    ClassTeacherPages pages;

    @BeforeEach
    void openPages() {
        pages = new ClassTeacherPages(browser, base);
    }

    /** A Cyrillic surname no other run has used, e.g. «Тестовакеми». */
    private static String uniqueSurname() {
        String letters = "абвгдежзиклмнопрстуфхцчшэюя";
        Random random = new Random();
        StringBuilder name = new StringBuilder("Проверкина");
        for (int i = 0; i < 5; i++) {
            name.append(letters.charAt(random.nextInt(letters.length())));
        }
        return name.toString();
    }

    @Test
    @DisplayName("The class teacher opens the dashboard and the roster, and marks a student's data as verified")
    void classTeacherVerifiesAStudent() {
        pages.signIn("ivanova", DEMO_PASSWORD, "/teacher/home.xhtml");
        browser.screenshot("ct-teacher-home");
        pages.go("teacher/class/dashboard.xhtml");
        assertTrue(pages.text("pageTitle").contains("7Б"), pages.text("pageTitle"));
        assertTrue(pages.pageText().contains("Учащиеся: данные не проверены более 30 дней"));
        browser.screenshot("ct-dashboard");

        pages.go("teacher/class/roster.xhtml?show=UNVERIFIED");
        List<WebElement> unverified = pages.studentLinks();
        String name = unverified.get(0).getText();
        browser.screenshot("ct-roster-unverified");
        unverified.get(0).click();
        browser.waitForUrl("/teacher/class/student.xhtml");
        assertTrue(pages.text("pageTitle").startsWith(name), pages.text("pageTitle"));
        browser.screenshot("ct-student-card");

        pages.press("cardForm:verify");
        assertTrue(pages.text("cardForm:verifiedBy").contains("ivanova"), pages.text("cardForm:verifiedBy"));
        assertTrue(pages.pageText().contains("Данные отмечены как проверенные"));

        pages.type("cardForm:phone", "8 916 123 45 67");
        pages.press("cardForm:save");
        pages.waitForText("Данные ученика сохранены");
        assertEquals(
                "+7 (916) 123-45-67", pages.byId("cardForm:phone").getAttribute("value"), "the phone is normalised");
        assertTrue(pages.text("history").contains("+7 (916) 123-45-67"), "the change is in the history");
        browser.screenshot("ct-student-verified");

        pages.type("cardForm:phone", "12345");
        pages.press("cardForm:save");
        pages.waitForText("Телефон в формате +7 (XXX) XXX-XX-XX");
        assertEquals("12345", pages.byId("cardForm:phone").getAttribute("value"), "what was typed is kept");
        browser.screenshot("ct-student-invalid-phone");
    }

    @Test
    @DisplayName(
            "A parent is entered for one sibling, found and linked for the other; credentials and PDF slips are issued; the parent must change the slip password at first sign-in")
    void sharedParentCredentialsAndForcedPasswordChange() throws Exception {
        String surname = uniqueSurname();
        pages.signIn("ivanova", DEMO_PASSWORD, "/teacher/home.xhtml");
        pages.go("teacher/class/roster.xhtml");
        List<WebElement> links = pages.studentLinks();
        String first = links.get(1).getAttribute("href");
        String second = links.get(2).getAttribute("href");
        String secondName = links.get(2).getText();

        pages.go(first.substring(first.indexOf("teacher/")));
        pages.type("parentsForm:pLastName", surname);
        pages.type("parentsForm:pFirstName", "Ольга");
        pages.type("parentsForm:pPhone", "+7 903 555 12 34");
        pages.press("parentsForm:create");
        pages.waitForText("Родитель добавлен");
        assertTrue(pages.text("parentsForm:parents").contains(surname + " Ольга"));

        pages.go(second.substring(second.indexOf("teacher/")));
        pages.type("parentsForm:pLastName", surname);
        pages.press("parentsForm:find");
        WebElement matches = pages.byId("parentsForm:matches");
        assertTrue(matches.getText().contains(surname + " Ольга"), matches.getText());
        browser.screenshot("ct-parent-found");
        pages.click(matches.findElement(By.cssSelector("button.link-parent")));
        pages.waitForText("Родитель привязан к ученику");
        assertTrue(pages.text("parentsForm:parents").contains(surname + " Ольга"));
        browser.screenshot("ct-parent-linked");

        pages.go("teacher/class/parents.xhtml");
        pages.type("parentsForm:name", surname);
        pages.press("parentsForm:apply");
        String parentRow = pages.text("parentsForm:parents");
        assertTrue(parentRow.contains(secondName.split(" ")[0]), "the parent lists both children: " + parentRow);
        browser.screenshot("ct-parents");

        pages.go("teacher/class/credentials.xhtml");
        pages.press("credentialsForm:issue");
        pages.press("credentialsForm:confirmYes");
        WebElement issued = pages.byId("credentialsForm:issued");
        browser.screenshot("ct-credentials-issued");
        WebElement row = issued.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains(surname))
                .findFirst()
                .orElseThrow();
        String login = row.findElement(By.cssSelector(".issued-login")).getText();
        String password = row.findElement(By.cssSelector(".issued-password")).getText();

        Path downloads = browser.downloadFolder();
        pages.byId("credentialsForm:slips").click();
        Path pdf = browser.awaitDownload(downloads, ".pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        Files.copy(
                pdf,
                Path.of(System.getProperty("ejournal.screenshots", "target/screenshots"))
                        .resolve("ct-credential-slips.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        pages.signIn(login, password, "/account/password.xhtml");
        assertTrue(pages.pageText().contains("Вы вошли по одноразовому паролю"));
        browser.screenshot("ct-forced-password-change");
        pages.go("parent/home.xhtml");
        browser.waitForUrl("/account/password.xhtml");

        pages.type("passwordForm:current", password);
        pages.type("passwordForm:newPassword", "Moi-parol-2026");
        pages.type("passwordForm:repeated", "Moi-parol-2026");
        pages.byId("passwordForm:change").click();
        browser.waitForUrl("/parent/home.xhtml");
        browser.screenshot("ct-parent-home-after-change");
    }

    @Test
    @DisplayName(
            "The administrator chooses a class on the family accounts screen and sees its accounts with the reset buttons")
    void adminSeesFamilyAccountsOfAClass() {
        pages.signIn("admin", DEMO_PASSWORD, "/admin/home.xhtml");
        pages.go("admin/class/accounts.xhtml");
        pages.choose("credentialsForm:schoolClass", "7Б");
        WebElement accounts = pages.byId("credentialsForm:accounts");
        assertTrue(accounts.getText().contains("Учащийся"), accounts.getText());
        assertTrue(
                accounts.findElements(By.tagName("button")).stream()
                        .anyMatch(b -> b.getText().contains("Сбросить пароль")),
                "the administrator resets every family's password");
        assertTrue(
                accounts.findElements(By.cssSelector(".reset-by-admin")).isEmpty(),
                "nothing is left to the administrator on the administrator's own screen");
        browser.screenshot("admin-class-accounts");
    }

    @Test
    @DisplayName("The class teacher moves a student from English subgroup 1 to subgroup 2")
    void splitEnglishIntoSubgroups() {
        pages.signIn("ivanova", DEMO_PASSWORD, "/teacher/home.xhtml");
        pages.go("teacher/class/subgroups.xhtml");
        pages.choose("subgroupsForm:subject", "Английский язык");
        WebElement source = pages.byId("subgroupsForm:members").findElement(By.cssSelector("ul.ui-picklist-source"));
        int before = source.findElements(By.cssSelector("li.ui-picklist-item")).size();
        browser.screenshot("ct-subgroups-before");
        WebElement target = pages.byId("subgroupsForm:members").findElement(By.cssSelector("ul.ui-picklist-target"));
        int targetBefore =
                target.findElements(By.cssSelector("li.ui-picklist-item")).size();
        WebElement student = source.findElement(By.cssSelector("li.ui-picklist-item"));
        new org.openqa.selenium.interactions.Actions(pages.d())
                .doubleClick(student)
                .perform();
        browser.waiting()
                .until(d -> target.findElements(By.cssSelector("li.ui-picklist-item"))
                                .size()
                        == targetBefore + 1);
        pages.press("subgroupsForm:save");
        pages.waitForText("Подгруппы сохранены. Изменена подгруппа у учащихся:");
        int after = pages.byId("subgroupsForm:members")
                .findElement(By.cssSelector("ul.ui-picklist-source"))
                .findElements(By.cssSelector("li.ui-picklist-item"))
                .size();
        assertEquals(before - 1, after);
        browser.screenshot("ct-subgroups-after");
    }

    @Test
    @DisplayName(
            "The class teacher files a departure; the administrator executes it; the student leaves the roster and the card is read-only")
    void departureFiledAndExecuted() {
        pages.signIn("ivanova", DEMO_PASSWORD, "/teacher/home.xhtml");
        pages.go("teacher/class/movement.xhtml");
        String student = pages.chooseLast("tabs:departureForm:student");
        pages.type("tabs:departureForm:destination", "МБОУ СОШ № 3, г. Тула");
        pages.press("tabs:departureForm:file");
        pages.waitForText("Заявка на выбытие отправлена администратору");
        browser.screenshot("ct-departure-filed");

        pages.signIn("admin", DEMO_PASSWORD, "/admin/home.xhtml");
        browser.screenshot("ct-admin-home");
        pages.go("admin/class/movements.xhtml");
        WebElement row = pages.byId("queueForm:requests").findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains(student))
                .findFirst()
                .orElseThrow();
        pages.click(row.findElement(By.cssSelector("button.decide-button")));
        pages.type("queueForm:orderNumber", "");
        pages.press("queueForm:execute");
        pages.waitForText("Укажите номер приказа");
        pages.type("queueForm:orderNumber", "42-у");
        browser.screenshot("ct-admin-queue");
        pages.press("queueForm:execute");
        pages.waitForText("Заявка исполнена: " + student);

        pages.signIn("ivanova", DEMO_PASSWORD, "/teacher/home.xhtml");
        pages.go("teacher/class/roster.xhtml?show=DEPARTED");
        WebElement departed = pages.studentLinks().stream()
                .filter(a -> a.getText().equals(student))
                .findFirst()
                .orElseThrow();
        departed.click();
        pages.waitForText("Ученик выбыл");
        assertTrue(
                !pages.byId("cardForm:save").isEnabled()
                        || pages.byId("cardForm:save").getAttribute("class").contains("ui-state-disabled"),
                "the card is read only");
        browser.screenshot("ct-departed-card");
    }

    @Test
    @DisplayName("A student card of another class opened by URL gives the no-access page, not data")
    void anotherClassByUrlIsRefused() {
        pages.signIn("kuznetsova", DEMO_PASSWORD, "/teacher/home.xhtml");
        pages.go("teacher/class/roster.xhtml");
        String href = pages.studentLinks().get(0).getAttribute("href");
        String name = pages.studentLinks().get(0).getText();

        pages.signIn("ivanova", DEMO_PASSWORD, "/teacher/home.xhtml");
        pages.go(href.substring(href.indexOf("teacher/")));
        pages.waitForText("Нет доступа");
        assertTrue(!pages.pageText().contains(name), "no data of the other class is shown");
        browser.screenshot("ct-other-class-refused");
    }

    @Test
    @DisplayName(
            "The admin publishes the regulation; a parent acknowledges it and proposes new data; the class teacher accepts it")
    void regulationAndParentProposals() {
        String workplace = "Поликлиника № " + new Random().nextInt(1000);
        pages.signIn("admin", DEMO_PASSWORD, "/admin/home.xhtml");
        pages.go("admin/class/regulation.xhtml");
        pages.type(
                "publishForm:title", "Положение об ЭЖ и ЭД, редакция " + workplace.substring(workplace.indexOf('№')));
        pages.press("publishForm:publish");
        pages.waitForText("Новая редакция опубликована");
        browser.screenshot("ct-admin-regulation");

        pages.signIn("parent", DEMO_PASSWORD, "/parent/home.xhtml");
        browser.screenshot("ct-parent-home-regulation");
        pages.press("readRegulation");
        browser.waitForUrl("/parent/class/regulation.xhtml");
        pages.press("ackForm:acknowledge");
        pages.waitForText("Ознакомление с положением отмечено");
        browser.screenshot("ct-parent-regulation");
        pages.go("parent/class/my-data.xhtml");
        pages.type("myDataForm:workplace", workplace);
        pages.press("myDataForm:propose");
        pages.waitForText("Отправлено классному руководителю изменений: 1");
        browser.screenshot("ct-parent-my-data");

        pages.signIn("ivanova", DEMO_PASSWORD, "/teacher/home.xhtml");
        pages.go("teacher/class/regulation.xhtml");
        browser.screenshot("ct-regulation-status");
        pages.go("teacher/class/proposals.xhtml");
        WebElement row = pages.byId("proposalsForm:proposals").findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains(workplace))
                .findFirst()
                .orElseThrow();
        browser.screenshot("ct-proposals");
        pages.click(row.findElement(By.cssSelector("button")));
        pages.waitForText("Принято: Место работы");
        pages.go("teacher/class/parents.xhtml?show=UNVERIFIED");
        browser.screenshot("ct-parents-unverified");
    }

    @Test
    @DisplayName(
            "The admin imports a class list from CSV after a preview; a staff sign-in after a student on the same browser raises an alert")
    void importAndDeviceAlert() throws Exception {
        String surname = uniqueSurname();
        Path csv = Files.createTempFile("class-list", ".csv");
        Files.writeString(
                csv,
                "Фамилия;Имя;Отчество;Дата рождения;Пол\n" + surname + ";Анна;Олеговна;15.03.2013;Ж\n" + surname
                        + ";Борис;;32.13.2013;М\n");
        pages.signIn("admin", DEMO_PASSWORD, "/admin/home.xhtml");
        pages.go("admin/class/import.xhtml");
        pages.choose("importForm:schoolClass", "7Б");
        pages.d().findElement(By.id("importForm:file_input")).sendKeys(csv.toString());
        pages.waitForText("новых учащихся");
        assertTrue(pages.text("previewSummary").contains("строк с ошибками 1"), pages.text("previewSummary"));
        browser.screenshot("ct-import-preview");
        pages.click(pages.d().findElement(By.cssSelector("[id='importForm:acceptValidPart'] .ui-chkbox-box")));
        pages.press("importForm:import");
        pages.waitForText("Импортировано учащихся: 1");
        browser.screenshot("ct-import-done");

        pages.d().manage().deleteAllCookies();
        pages.signInOnThisDevice("student", DEMO_PASSWORD, "/student/home.xhtml");
        pages.signOut();
        pages.signInOnThisDevice("ivanova", DEMO_PASSWORD, "/teacher/home.xhtml");
        pages.signOut();
        pages.signInOnThisDevice("zavuch", DEMO_PASSWORD, "/deputy/home.xhtml");
        pages.go("deputy/class/device-alerts.xhtml");
        assertTrue(pages.text("alertsForm:alerts").contains("Иванова Мария Петровна"), pages.text("alertsForm:alerts"));
        browser.screenshot("ct-device-alerts");
    }
}
