package ru.ejournal.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import ru.ejournal.it.browser.DemoBrowserTest;
import ru.ejournal.it.browser.LoginPage;

/**
 * The screens over the batch results on the demo school: the reconciliation findings on the class teacher's
 * attendance week and the period analytics of the class and of the school. The jobs are started over the
 * HTTP API first (the demo data has no findings or analytics until they run).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalyticsBrowserIT extends DemoBrowserTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The server the deployment runs on (the EAR's web module is at the root). */
    private static final URI SERVER =
            URI.create("http://127.0.0.1:" + System.getProperty("ejournal.http.port", "8080") + "/");

    /** Once for the class: the screens read what the jobs wrote. */
    @BeforeAll
    static void runJobs() throws Exception {
        LocalDate today = LocalDate.now();
        // the demo leaves a few lessons of the last three days unfilled and some "Н" unexplained
        runJob("attendance-reconciliation?from=" + today.minusDays(7) + "&to=" + today.minusDays(1));
        runJob("period-analytics?periodCode=Q1");
        runJob("period-analytics?periodCode=Q2");
    }

    @Test
    @Order(1)
    @DisplayName(
            "The class teacher sees the week's reconciliation findings of 7Б in Russian and settles one with a note")
    void classTeacherSettlesAFinding() {
        signIn("ivanova");
        browser.driver()
                .get(base + "teacher/attendance.xhtml?week=" + LocalDate.now().minusDays(1));
        browser.waitForUrl("attendance.xhtml");
        String table = text("findingsForm:findings");
        assertTrue(table.contains("Не отмечена посещаемость") || table.contains("Пропуск «Н» без объяснения"), table);
        List<WebElement> buttons = settleButtons();
        int open = buttons.size();
        assertTrue(open > 0, "open findings with a settle button: " + table);
        browser.screenshot("an-findings-open");

        String firstRow = browser.driver()
                .findElement(By.cssSelector("[id='findingsForm:findings_data'] tr"))
                .getText();
        WebElement note = browser.driver().findElement(By.cssSelector("[id='findingsForm:findings_data'] tr input"));
        note.sendKeys("Проверено: журнал заполнен");
        buttons.get(0).click();
        browser.waitForAjax();

        assertTrue(
                text("findingsForm:findingsMessages").contains("Расхождение отмечено урегулированным"),
                text("findingsForm:findingsMessages"));
        assertEquals(open - 1, settleButtons().size(), "one finding fewer is open");
        String after = text("findingsForm:findings");
        assertTrue(after.contains("Проверено: журнал заполнен") && after.contains("✔ Урегулировано"), after);
        browser.screenshot("an-findings-settled");

        // settled stays settled after a reload
        browser.driver().navigate().refresh();
        assertEquals(open - 1, settleButtons().size());
        assertTrue(text("findingsForm:findings").contains("Проверено: журнал заполнен"), firstRow);
    }

    @Test
    @Order(2)
    @DisplayName(
            "The class teacher opens the analytics of 7Б: figures per subject, charts, and the change against the previous quarter")
    void classTeacherSeesClassAnalytics() {
        signIn("ivanova");
        browser.driver().findElement(By.linkText("Анализ успеваемости класса")).click();
        browser.waitForUrl("/teacher/analytics.xhtml");
        assertEquals("Анализ успеваемости и посещаемости класса", text("analyticsTitle"));
        String table = text("analyticsForm:analyticsTable");
        assertTrue(
                table.contains("Успеваемость") && table.contains("Качество знаний") && table.contains("Русский язык"),
                table);
        assertTrue(rowCount("analyticsForm:analyticsTable") >= 5, table);
        assertTrue(browser.driver()
                .findElement(By.id("analyticsForm:successChart"))
                .isDisplayed());
        assertTrue(browser.driver()
                .findElement(By.id("analyticsForm:attendanceChart"))
                .isDisplayed());
        assertTrue(
                browser.driver().findElement(By.id("analyticsForm:marksChart")).isDisplayed(), "grade distribution");
        // Q1 is the first quarter: nothing to compare with
        assertTrue(text("analyticsForm:noPrevious").contains("Нет данных за предыдущий период"));
        browser.screenshot("an-class-q1");

        scrollTo("analyticsForm:successChart");
        browser.screenshot("an-class-q1-charts");
    }

    @Test
    @Order(3)
    @DisplayName("The deputy director opens the school analytics per class and subject and exports it to Excel")
    void deputyExportsSchoolAnalytics() throws Exception {
        Path downloads = browser.downloadFolder();
        signIn("zavuch");
        browser.driver().findElement(By.linkText("Анализ успеваемости школы")).click();
        browser.waitForUrl("/deputy/analytics.xhtml");
        String table = text("analyticsForm:analyticsTable");
        assertTrue(table.contains("Класс") && table.contains("7Б") && table.contains("9В"), table);
        browser.screenshot("an-school");

        browser.driver().findElement(By.id("analyticsForm:exportXlsx")).click();
        Path file = browser.awaitDownload(downloads, ".xlsx");
        assertTrue(file.getFileName().toString().startsWith("analytics-school-q1"), file.toString());
        String strings = sharedStrings(file);
        assertTrue(
                strings.contains("Качество знаний") && strings.contains("7Б") && strings.contains("Русский язык"),
                strings);

        // PDF: the table in an embedded TrueType font, so that Cyrillic shows (the built-in PDF fonts have none)
        browser.driver().findElement(By.id("analyticsForm:exportPdf")).click();
        Path pdf = browser.awaitDownload(downloads, ".pdf");
        String head = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertTrue(head.startsWith("%PDF") && head.contains("DejaVuSans"), "PDF with an embedded Cyrillic font");
    }

    private void signIn(String login) {
        new LoginPage(browser, base).open().signIn(login, "demo2026");
        browser.waitForUrl("/home.xhtml");
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].scrollIntoView(true);", browser.driver().findElement(By.id(id)));
    }

    private List<WebElement> settleButtons() {
        return browser.driver().findElements(By.cssSelector("[id='findingsForm:findings_data'] button[id$=':settle']"));
    }

    private String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    private int rowCount(String tableId) {
        return browser.driver()
                .findElements(By.cssSelector("[id='" + tableId + "_data'] tr"))
                .size();
    }

    private static String sharedStrings(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx);
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("xl/sharedStrings.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        return "";
    }

    private static void runJob(String jobAndQuery) throws Exception {
        HttpResponse<String> started = call("POST", "api/batch/jobs/" + jobAndQuery);
        assertEquals(202, started.statusCode(), started.body());
        long id = number(started.body(), "executionId");
        String status = "";
        for (int i = 0; i < 400 && !status.equals("COMPLETED") && !status.equals("FAILED"); i++) {
            Thread.sleep(300);
            status = status(call("GET", "api/batch/executions/" + id).body());
        }
        assertEquals("COMPLETED", status, jobAndQuery);
    }

    private static HttpResponse<String> call(String method, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(SERVER.resolve(path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("admin:demo2026".getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        assertTrue(m.find(), json);
        return Long.parseLong(m.group(1));
    }

    private static String status(String json) {
        Matcher m = Pattern.compile("\"status\":\"(\\w+)\"").matcher(json);
        assertTrue(m.find(), json);
        assertFalse(json.isEmpty());
        return m.group(1);
    }
}
