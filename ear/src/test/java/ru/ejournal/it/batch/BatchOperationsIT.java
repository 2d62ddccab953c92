package ru.ejournal.it.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import ru.ejournal.it.browser.Browser;
import ru.ejournal.it.browser.LoginPage;
import ru.ejournal.it.support.Deployments;

/**
 * The jobs from outside: the HTTP API with an administrator's credentials (and its refusals), the
 * executions as WildFly's management API shows them, and the administrator's batch screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BatchOperationsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @DisplayName("A job started over HTTP by the admin is visible, completed, through the WildFly management API")
    void executionVisibleInManagementApi() throws Exception {
        HttpResponse<String> started = call("POST", "api/batch/jobs/attendance-reconciliation", "admin:demo2026");
        assertEquals(202, started.statusCode(), started.body());
        long id = number(started.body(), "executionId");
        String status = "";
        for (int i = 0; i < 200 && !status.equals("COMPLETED") && !status.equals("FAILED"); i++) {
            Thread.sleep(300);
            status = text(
                    call("GET", "api/batch/executions/" + id, "admin:demo2026").body(), "status");
        }
        assertEquals("COMPLETED", status);

        try (ModelControllerClient client =
                ModelControllerClient.Factory.create("localhost", Integer.getInteger("test.management.port", 9990))) {
            ModelNode op = new ModelNode();
            op.get("operation").set("read-resource");
            op.get("include-runtime").set(true);
            ModelNode address = op.get("address");
            address.add("deployment", "ejournal.ear");
            address.add("subdeployment", "batch-module.jar");
            address.add("subsystem", "batch-jberet");
            address.add("job", "attendance-reconciliation");
            address.add("execution", Long.toString(id));
            ModelNode result = client.execute(op);

            assertEquals("success", result.get("outcome").asString(), result.toString());
            assertEquals("COMPLETED", result.get("result", "batch-status").asString());
        }
    }

    @Test
    @DisplayName("The management API (the console's Runtime → Batch) lists each job once, under batch-module.jar only")
    void eachJobOnceInManagementApi() throws Exception {
        try (ModelControllerClient client =
                ModelControllerClient.Factory.create("localhost", Integer.getInteger("test.management.port", 9990))) {
            ModelNode op = new ModelNode();
            op.get("operation").set("read-resource");
            op.get("include-runtime").set(true);
            ModelNode address = op.get("address");
            address.add("deployment", "ejournal.ear");
            address.add("subdeployment", "*");
            address.add("subsystem", "batch-jberet");
            ModelNode result = client.execute(op);
            assertEquals("success", result.get("outcome").asString(), result.toString());

            List<String> jobs = new ArrayList<>();
            for (ModelNode module : result.get("result").asList()) {
                String subdeployment = module.get("address")
                        .asList()
                        .get(1)
                        .get("subdeployment")
                        .asString();
                if (module.get("result").hasDefined("job")) {
                    for (String job : module.get("result", "job").keys()) {
                        jobs.add(subdeployment + "/" + job);
                    }
                }
            }
            Collections.sort(jobs);
            assertEquals(
                    List.of(
                            "batch-module.jar/attendance-reconciliation",
                            "batch-module.jar/period-analytics",
                            "batch-module.jar/region-import"),
                    jobs);
        }
    }

    @Test
    @DisplayName("The HTTP API refuses callers without credentials, with a wrong password or without the admin role")
    void httpApiRefusesOthers() throws Exception {
        assertEquals(401, call("GET", "api/batch/executions/1", null).statusCode());
        assertEquals(
                401,
                call("POST", "api/batch/jobs/attendance-reconciliation", "admin:wrong")
                        .statusCode());
        assertEquals(
                403,
                call("POST", "api/batch/jobs/attendance-reconciliation", "ivanova:demo2026")
                        .statusCode());
        HttpResponse<String> unknown = call("POST", "api/batch/jobs/no-such-job", "admin:demo2026");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("Неизвестное задание"), unknown.body());
        assertEquals(
                400,
                call("POST", "api/batch/jobs/period-analytics", "admin:demo2026")
                        .statusCode(),
                "the period is required");
    }

    @Test
    @DisplayName("The admin starts jobs on the batch screen; a bad date range and a missing period are explained")
    void adminStartsJobsOnScreen() {
        try (Browser browser = new Browser()) {
            new LoginPage(browser, base).open().signIn("admin", "demo2026");
            browser.waitForUrl("/admin/home.xhtml");
            browser.driver().get(base + "admin/batch/jobs.xhtml");
            browser.driver().findElement(By.linkText("Запустить")).click();

            type(browser, "batchForm:tabs:from", "10.11.2025");
            type(browser, "batchForm:tabs:to", "03.11.2025");
            browser.driver()
                    .findElement(By.id("batchForm:tabs:startReconciliation"))
                    .click();
            browser.waitForAjax();
            browser.screenshot("batch-bad-range");
            assertTrue(
                    messages(browser).contains("Дата «по» раньше даты «с»"),
                    messages(browser) + " from="
                            + browser.driver()
                                    .findElement(By.id("batchForm:tabs:from"))
                                    .getAttribute("value") + " to="
                            + browser.driver()
                                    .findElement(By.id("batchForm:tabs:to"))
                                    .getAttribute("value"));

            browser.driver().findElement(By.id("batchForm:tabs:startAnalytics")).click();
            browser.waitForAjax();
            assertTrue(messages(browser).contains("Укажите код учебного периода"), messages(browser));

            type(browser, "batchForm:tabs:to", "16.11.2025");
            browser.driver()
                    .findElement(By.id("batchForm:tabs:startReconciliation"))
                    .click();
            browser.waitForAjax();
            assertTrue(messages(browser).contains("Задание запущено"), messages(browser));
            browser.screenshot("batch-started");

            browser.driver().findElement(By.linkText("Запуски")).click();
            browser.waitForAjax();
            assertTrue(browser.driver()
                    .findElement(By.id("batchForm:tabs:executions"))
                    .getText()
                    .matches("(?s).*(Выполняется|Завершён|Запускается).*"));
            browser.screenshot("batch-executions");
        }
    }

    /** Types a value into an empty input. */
    private static void type(Browser browser, String id, String value) {
        org.openqa.selenium.WebElement input = browser.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private static String messages(Browser browser) {
        return browser.driver()
                .findElement(By.id("batchForm:messages_container"))
                .getText();
    }

    private HttpResponse<String> call(String method, String path, String credentials) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (credentials != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        assertTrue(m.find(), json);
        return Long.parseLong(m.group(1));
    }

    private static String text(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"(\\w+)\"").matcher(json);
        assertTrue(m.find(), json);
        return m.group(1);
    }
}
