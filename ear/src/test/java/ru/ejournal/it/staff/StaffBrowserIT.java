package ru.ejournal.it.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ru.ejournal.it.browser.DemoBrowserTest;
import ru.ejournal.it.browser.LoginPage;

/**
 * The demo administrator adds a teacher, issues their credentials and downloads the slip; the teacher
 * signs in with the one-time password shown and has to choose a password of their own first.
 */
class StaffBrowserIT extends DemoBrowserTest {

    private WebElement visible(String id) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private void type(String id, String text) {
        WebElement input = visible(id);
        input.clear();
        input.sendKeys(text);
    }

    /** Chooses the item of a PrimeFaces select menu with this text, through its widget (as the user's click would). */
    private void choose(String menuId, String text) {
        ((JavascriptExecutor) browser.driver()).executeScript("""
                var id = arguments[0], text = arguments[1];
                var option = Array.from(document.getElementById(id + '_input').options)
                    .find(function (o) { return o.text === text; });
                PrimeFaces.getWidgetById(id).selectValue(option.value);""", menuId, text);
        browser.waitForAjax();
    }

    private void press(WebElement button) {
        button.click();
        browser.waitForAjax();
    }

    @Test
    @DisplayName(
            "The administrator creates a teacher and issues a slip; the teacher signs in with it and must change the password")
    void adminIssuesTeacherCredentials() throws Exception {
        String surname = "Учителева"
                + "абвгдежзиклмнопрстуфхцчшэюя"
                        .charAt(ThreadLocalRandom.current().nextInt(27))
                + "абвгдежзиклмнопрстуфхцчшэюя"
                        .charAt(ThreadLocalRandom.current().nextInt(27))
                + "абвгдежзиклмнопрстуфхцчшэюя"
                        .charAt(ThreadLocalRandom.current().nextInt(27));
        LoginPage.signInAs(browser, base, "admin");
        browser.driver().get(base + "admin/staff/member.xhtml");
        type("memberForm:lastName", surname);
        type("memberForm:firstName", "Вера");
        type("memberForm:patronymic", "Андреевна");
        type("memberForm:position", "Учитель химии");
        type("memberForm:phone", "89161234567");
        browser.driver()
                .findElement(By.cssSelector("label[for='memberForm:roles:1']"))
                .click();
        press(visible("memberForm:save"));
        assertTrue(
                visible("memberForm:messages").getText().contains("Сохранено"),
                visible("memberForm:messages").getText());
        String login = visible("memberForm:login").getText();
        browser.screenshot("staff-member-created");

        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        browser.driver().get(base + "admin/staff/assignments.xhtml");
        choose("assignForm:teacher", surname + " Вера Андреевна");
        choose("assignForm:schoolClass", "7Б");
        choose("assignForm:subject", "Биология");
        type("assignForm:startDate", today);
        press(visible("assignForm:create"));
        assertTrue(
                visible("assignForm:messages").getText().contains("Нагрузка назначена"),
                visible("assignForm:messages").getText());
        choose("assignForm:teacherFilter", surname + " Вера Андреевна");
        browser.screenshot("staff-assignment-created");

        browser.driver().get(base + "admin/staff/list.xhtml");
        type("staffForm:name", surname);
        press(visible("staffForm:search"));
        browser.waiting()
                .until(d -> d.findElements(By.cssSelector(".staff-row")).size() == 1
                        && d.findElement(By.cssSelector(".staff-row .staff-name"))
                                .getText()
                                .startsWith(surname));
        WebElement row = browser.driver().findElement(By.cssSelector(".staff-row"));
        assertEquals(login, row.findElement(By.cssSelector(".staff-login")).getText());
        assertTrue(row.findElement(By.cssSelector(".staff-state")).getText().contains("пароль не выдан"));
        press(row.findElement(By.cssSelector(".issue-button")));
        WebElement issued = visible("staffForm:issued");
        String password = issued.findElement(By.cssSelector(".issued-password")).getText();
        assertEquals(login, issued.findElement(By.cssSelector(".issued-login")).getText());
        browser.screenshot("staff-credentials-issued");

        Path downloads = browser.downloadFolder();
        visible("staffForm:slips").click();
        Path pdf = browser.awaitDownload(downloads, ".pdf");
        assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, StandardCharsets.US_ASCII));

        browser.driver().manage().deleteAllCookies();
        new LoginPage(browser, base).open().signIn(login, password);
        browser.waitForUrl("/account/password.xhtml");
        browser.screenshot("staff-forced-password-change");
        type("passwordForm:current", password);
        type("passwordForm:newPassword", "Ximiya-2026!");
        type("passwordForm:repeated", "Ximiya-2026!");
        visible("passwordForm:change").click();
        browser.waitForUrl("/teacher/home.xhtml");
        browser.driver().get(base + "teacher/gradebook.xhtml");
        assertEquals("7Б — Биология", visible("selector:assignment_label").getText());
    }
}
