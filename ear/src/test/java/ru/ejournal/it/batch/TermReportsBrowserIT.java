package ru.ejournal.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import ru.ejournal.it.browser.DemoBrowserTest;
import ru.ejournal.it.browser.LoginPage;

/**
 * The term-end reports on the demo school (issue 16): the deputy director's school report with the period
 * switched and its Excel and PDF, the class teacher's report, a parent's report card from the e-diary.
 */
class TermReportsBrowserIT extends DemoBrowserTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final URI SERVER =
            URI.create("http://127.0.0.1:" + System.getProperty("ejournal.http.port", "8080") + "/");

    @BeforeAll
    static void runJobs() throws Exception {
        runJob("period-analytics?periodCode=Q1");
        runJob("period-analytics?periodCode=Q2");
    }

    @Test
    @DisplayName("The deputy director opens the school report, switches the period, downloads Excel and PDF")
    void deputyOpensSchoolReport() throws Exception {
        Path downloads = browser.downloadFolder();
        signIn("zavuch");
        browser.driver().findElement(By.linkText("Отчёт школы за период")).click();
        browser.waitForUrl("/deputy/school-report.xhtml");
        String classes = text("schoolReportForm:classTable");
        assertTrue(classes.contains("7Б") && classes.contains("СОУ, %"), classes);
        assertTrue(text("schoolLine").contains("СОУ"), text("schoolLine"));
        String first = text("schoolReportForm:shownPeriod");
        browser.screenshot("rep-school-first");

        choose("schoolReportForm:period", "1 четверть".equals(first) ? "2 четверть" : "1 четверть");
        String second = text("schoolReportForm:shownPeriod");
        assertTrue(!second.equals(first), first + " → " + second);
        assertTrue(text("schoolReportForm:teacherTable").contains("Русский язык"));
        browser.screenshot("rep-school-second");

        browser.driver().findElement(By.id("schoolReportForm:exportXlsx")).click();
        Path xlsx = browser.awaitDownload(downloads, ".xlsx");
        String strings = sharedStrings(xlsx);
        assertTrue(strings.contains("7Б") && strings.contains("СОУ, %"), strings);
        // the whole report, not only the table of classes: the grades and the subjects with their teachers too
        assertTrue(strings.contains("Параллели") && strings.contains("Предметы и учителя"), strings);
        assertTrue(strings.contains("Русский язык") && strings.contains(second), strings);
        browser.driver().findElement(By.id("schoolReportForm:exportPdf")).click();
        Path pdf = browser.awaitDownload(downloads, ".pdf");
        browser.waiting().until(d -> size(pdf) > 1000);
        String head = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertTrue(head.startsWith("%PDF") && head.contains("DejaVuSans"), "PDF with an embedded Cyrillic font");
    }

    @Test
    @DisplayName(
            "The class teacher opens their class teacher's report, downloads it as Excel and PDF, opens the summary sheet")
    void classTeacherOpensReport() throws Exception {
        Path downloads = browser.downloadFolder();
        signIn("ivanova");
        browser.driver()
                .findElement(By.linkText("Отчёт классного руководителя"))
                .click();
        browser.waitForUrl("/teacher/class-report.xhtml");
        assertTrue(text("reportClass").startsWith("7Б"), text("reportClass"));
        String figures = text("figures");
        assertTrue(figures.contains("успеваемость") && figures.contains("СОУ"), figures);
        assertTrue(text("pupilsLine").contains("Учащихся на начало периода"));
        browser.screenshot("rep-class-teacher");

        browser.driver().findElement(By.id("classReportForm:exportXlsx")).click();
        String strings = sharedStrings(browser.awaitDownload(downloads, ".xlsx"));
        assertTrue(
                strings.contains("Отчёт классного руководителя: 7Б") && strings.contains("Учащихся на начало периода"),
                strings);
        browser.driver().findElement(By.id("classReportForm:exportPdf")).click();
        Path pdf = browser.awaitDownload(downloads, ".pdf");
        browser.waiting().until(d -> size(pdf) > 1000);
        assertTrue(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1).startsWith("%PDF"));

        browser.driver().findElement(By.id("classReportForm:summaryLink")).click();
        browser.waitForUrl("/teacher/summary-sheet.xhtml");
        String sheet = text("summaryTable");
        assertTrue(sheet.contains("Средний балл") && sheet.contains("СОУ, %"), sheet);
        browser.screenshot("rep-summary-sheet");
    }

    @Test
    @DisplayName("A parent opens the report card from the e-diary and prints it")
    void parentSeesReportCard() {
        signIn("parent");
        browser.driver().get(base + "parent/diary.xhtml");
        browser.driver().findElement(By.id("reportCardLink")).click();
        browser.waitForUrl("/parent/report-card.xhtml");
        String table = text("reportCardTable");
        assertTrue(table.contains("1 четверть") && table.contains("Русский язык"), table);
        browser.screenshot("rep-report-card");
        browser.consoleMessages();
        browser.driver().findElement(By.id("printForm:printCard")).click();
        List<String> refused = browser.consoleMessages().stream()
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
        assertEquals(List.of(), refused, "printing the card runs under the page's CSP");
    }

    private void signIn(String login) {
        new LoginPage(browser, base).open().signIn(login, "demo2026");
        browser.waitForUrl("/home.xhtml");
    }

    /** Chooses a period as a click would: selectValue alone is silent, the change event fires the menu's Ajax. */
    private void choose(String menuId, String label) {
        ((JavascriptExecutor) browser.driver()).executeScript("""
                var id = arguments[0], text = arguments[1];
                var option = Array.from(document.getElementById(id + '_input').options)
                    .find(function (o) { return o.text === text; });
                var menu = PrimeFaces.getWidgetById(id);
                menu.selectValue(option.value);
                menu.input.trigger('change');""", menuId, label);
        browser.waitForAjax();
    }

    private String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
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
        Matcher id = Pattern.compile("\"executionId\":(\\d+)").matcher(started.body());
        assertTrue(id.find(), started.body());
        String status = "";
        for (int i = 0; i < 400 && !status.equals("COMPLETED") && !status.equals("FAILED"); i++) {
            Thread.sleep(300);
            Matcher m = Pattern.compile("\"status\":\"(\\w+)\"")
                    .matcher(call("GET", "api/batch/executions/" + id.group(1)).body());
            status = m.find() ? m.group(1) : "";
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
}
