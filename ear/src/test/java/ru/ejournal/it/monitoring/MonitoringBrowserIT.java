package ru.ejournal.it.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ru.ejournal.it.browser.DemoBrowserTest;
import ru.ejournal.it.browser.LoginPage;

/** The monitoring screens of the demo school, used through the browser. */
class MonitoringBrowserIT extends DemoBrowserTest {

    private static final String PASSWORD = "demo2026";

    Path downloads;

    @BeforeEach
    void allowDownloads() {
        downloads = browser.downloadFolder();
    }

    @Test
    @DisplayName("The deputy director filters the violations by teacher and exports them to Excel and PDF")
    void deputyFiltersByTeacherAndExports() throws Exception {
        new LoginPage(browser, base).open().signIn("zavuch", PASSWORD);
        browser.waitForUrl("/deputy/home.xhtml");
        assertTrue(
                browser.driver().findElement(By.id("deputyOpenCount")).getText().matches("[1-9]\\d*"),
                "the demo school has violations on the deputy director's home page");

        ViolationsPage page = new ViolationsPage(browser, base).open();
        WebElement chart = browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#violationsForm\\:weeklyChart canvas")));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView()", chart);
        browser.screenshot("monitoring-deputy-chart");
        assertTrue(
                browser.driver()
                        .findElement(By.id("violationsForm:timelinessTable"))
                        .getText()
                        .contains("Смирнов А. Н."),
                "timeliness lists the teachers");
        long all = page.openCount();
        assertEquals(all, page.total(), "every open violation of the school is listed before filtering");

        page.filterByTeacher("Смирнов Алексей Николаевич").search();
        List<String> after = page.teacherCells();
        browser.screenshot("monitoring-deputy-filtered");
        assertFalse(after.isEmpty());
        assertTrue(after.stream().allMatch("Смирнов А. Н."::equals), after.toString());
        assertTrue(page.total() < all, "the filter leaves only the teacher's violations");
        assertEquals(all, page.openCount(), "the open count is the school's");

        page.exportExcel();
        Path excel = browser.awaitDownload(downloads, ".xlsx");
        String strings = sharedStrings(excel);
        assertTrue(strings.contains("Смирнов А. Н."), "the workbook lists the teacher");
        assertFalse(strings.contains("Иванова М. П."), "the workbook holds only the filtered teacher");
        assertTrue(strings.contains("Учитель"), "the workbook has Russian headers");

        page.exportPdf();
        Path pdf = browser.awaitDownload(downloads, ".pdf");
        byte[] head = Files.readAllBytes(pdf);
        assertEquals("%PDF", new String(head, 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    @DisplayName("A class teacher reports the class's violations with a comment; an empty comment is refused")
    void classTeacherReportsToTheDeputy() {
        new LoginPage(browser, base).open().signIn("ivanova", PASSWORD);
        browser.waitForUrl("/teacher/home.xhtml");
        browser.driver().get(base + "teacher/class-violations.xhtml");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("classForm:violations")));
        assertFalse(browser.driver()
                .findElements(By.cssSelector("#classForm\\:violations_data tr td"))
                .isEmpty());

        browser.driver().findElement(By.id("reportForm:send")).click();
        browser.waitForAjax();
        assertTrue(
                browser.driver()
                        .findElement(By.id("reportForm:commentMessage"))
                        .getText()
                        .contains("Напишите комментарий"),
                "an empty comment is explained");

        browser.driver()
                .findElement(By.id("reportForm:comment"))
                .sendKeys("Прошу обратить внимание на отметки за контрольные работы в 7Б");
        browser.driver().findElement(By.id("reportForm:send")).click();
        browser.waitForAjax();
        browser.screenshot("monitoring-class-report");
        assertTrue(browser.driver().getPageSource().contains("Сообщение отправлено заместителю директора"));

        browser.driver().manage().deleteAllCookies();
        new LoginPage(browser, base).open().signIn("zavuch", PASSWORD);
        browser.waitForUrl("/deputy/home.xhtml");
        new ViolationsPage(browser, base).open();
        String reports =
                browser.driver().findElement(By.id("violationsForm:reports")).getText();
        assertTrue(reports.contains("Прошу обратить внимание на отметки за контрольные работы в 7Б"), reports);
        assertTrue(reports.contains("Иванова Мария Петровна"), reports);
    }

    @Test
    @DisplayName("A subject teacher sees their own violations on the home page, each linking to the grade book")
    void teacherSeesOwnViolationsWithLinks() {
        new LoginPage(browser, base).open().signIn("smirnov", PASSWORD);
        browser.waitForUrl("/teacher/home.xhtml");
        WebElement card = browser.driver().findElement(By.id("myViolationsCard"));
        browser.screenshot("monitoring-teacher-card");
        List<WebElement> links = card.findElements(By.cssSelector("a.fix-link"));
        assertFalse(links.isEmpty(), card.getText());
        assertTrue(
                links.get(0).getAttribute("href").contains("/teacher/gradebook.xhtml?assignment="),
                links.get(0).getAttribute("href"));
    }

    private static String sharedStrings(Path workbook) throws IOException {
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            ZipEntry entry = zip.getEntry("xl/sharedStrings.xml");
            return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
