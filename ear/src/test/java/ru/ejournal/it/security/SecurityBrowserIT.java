package ru.ejournal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import ru.ejournal.it.browser.DemoBrowserTest;
import ru.ejournal.it.browser.LoginPage;
import ru.ejournal.it.journal.GradeBookPage;

/**
 * The pages still work under the Content Security Policy without {@code 'unsafe-inline'} scripts, and the
 * browser reports no violation of it; an exception in an Ajax request shows the Russian error page.
 */
class SecurityBrowserIT extends DemoBrowserTest {

    @Test
    @DisplayName("Under the policy a teacher signs in and saves a mark in the grid; the browser reports no violation")
    void teacherSavesAMark() {
        new LoginPage(browser, base).open().signIn("smirnov", "demo2026");
        browser.waitForUrl("/teacher/home.xhtml");
        assertNoViolation("login and home page");

        GradeBookPage grid = new GradeBookPage(browser, base).open(null);
        int last = grid.lessonCount() - 1;
        grid.select(6, last);
        grid.type("4", Keys.ENTER);
        assertEquals("4", grid.text(6, last));
        assertTrue(grid.selected(7, last), "Enter moves down: the grid's script runs");

        new GradeBookPage(browser, base).open(null);
        assertEquals("4", grid.text(6, last), "the mark was saved");
        assertNoViolation("grade book");
    }

    @Test
    @DisplayName("Under the policy the deputy director opens the school analytics with its charts drawn")
    void deputySeesCharts() throws Exception {
        runAnalytics();
        LoginPage.signInAs(browser, base, "zavuch");
        browser.driver().get(base + "deputy/analytics.xhtml");
        browser.waitForUrl("/deputy/analytics.xhtml");
        browser.waiting()
                .until(d -> !d.findElements(By.cssSelector("[id='analyticsForm:successChart'] canvas"))
                        .isEmpty());
        Object drawn = ((JavascriptExecutor) browser.driver())
                .executeScript("var c = document.querySelector(\"[id='analyticsForm:successChart'] canvas\");"
                        + " return c != null && c.width > 0 && c.height > 0;");
        assertEquals(Boolean.TRUE, drawn, "the success chart is drawn");
        browser.screenshot("csp-deputy-analytics");
        assertNoViolation("deputy analytics");
    }

    @Test
    @DisplayName("An exception in an Ajax request shows the Russian error page in place, not a 404")
    void ajaxFailureShowsErrorPage() {
        LoginPage.signInAs(browser, base, "smirnov");
        new GradeBookPage(browser, base).open(null);
        // the cell save's remote command with a lesson that is no number: the page bean fails
        ((JavascriptExecutor) browser.driver())
                .executeScript("jrSaveCell([{name: 'lesson', value: 'not-a-number'}, {name: 'student', value: '1'}]);");
        browser.waiting().until(d -> !d.findElements(By.id("error-500")).isEmpty());
        String page = browser.driver().findElement(By.id("error-500")).getText();
        assertTrue(page.contains("Ошибка") && page.contains("Данные не изменены"), page);
        assertFalse(browser.driver().getPageSource().contains("Not Found"), "no 404");
        browser.screenshot("csp-ajax-error");
        assertNoViolation("the error page");
    }

    private void assertNoViolation(String where) {
        List<String> violations = browser.consoleMessages().stream()
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
        assertEquals(List.of(), violations, where);
    }

    private void runAnalytics() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> started = http.send(api("POST", "api/batch/jobs/period-analytics?periodCode=Q1"), body());
        assertEquals(202, started.statusCode(), started.body());
        Matcher id = Pattern.compile("\"executionId\":(\\d+)").matcher(started.body());
        assertTrue(id.find(), started.body());
        String status = "";
        for (int i = 0; i < 400 && !status.equals("COMPLETED") && !status.equals("FAILED"); i++) {
            Thread.sleep(300);
            Matcher m = Pattern.compile("\"status\":\"(\\w+)\"")
                    .matcher(http.send(api("GET", "api/batch/executions/" + id.group(1)), body())
                            .body());
            status = m.find() ? m.group(1) : "";
        }
        assertEquals("COMPLETED", status);
    }

    private HttpRequest api(String method, String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder().encodeToString("admin:demo2026".getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    private static HttpResponse.BodyHandler<String> body() {
        return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    }
}
