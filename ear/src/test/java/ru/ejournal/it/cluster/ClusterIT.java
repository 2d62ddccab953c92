package ru.ejournal.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import ru.ejournal.it.browser.Browser;
import ru.ejournal.it.browser.LoginPage;
import ru.ejournal.it.journal.GradeBookPage;

/**
 * The EAR on a WildFly HA cluster: two nodes of {@code ear/cluster/cluster.sh} on one PostgreSQL
 * database behind HAProxy, and a node killed with SIGKILL. Not part of the ordinary suite (it starts
 * its own servers and needs HAProxy and PostgreSQL):
 * {@code mvn -B -ntp -pl ear -am verify -Pcluster -Dcluster.db.url=jdbc:postgresql://127.0.0.1:5432/test}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Path SCRIPT = Path.of("cluster", "cluster.sh").toAbsolutePath();
    private static final int OFFSET = Integer.getInteger("cluster.port.offset", 10);
    private static final int LB_PORT = Integer.getInteger("cluster.lb.port", 18080);
    private static final String DB_URL = System.getProperty("cluster.db.url", "jdbc:postgresql://127.0.0.1:5432/test");

    private static URL balancer;
    private static boolean together;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTwoNodes() throws Exception {
        balancer = URI.create("http://127.0.0.1:" + LB_PORT + "/").toURL();
        if (Boolean.getBoolean("cluster.reuse")) { // a cluster cluster.sh started with the same settings
            return;
        }
        run(900, "stop");
        // two queries: PostgreSQL resolves the table of a CASE's branch even when the branch is not taken
        String demo = "t".equals(sql("SELECT to_regclass('public.user_account') IS NULL"))
                ? "0"
                : sql("SELECT COUNT(*) FROM user_account WHERE login = 'region'");
        if ("0".equals(demo)) {
            // node 1 first: an empty database is migrated and gets the demo school
            run(1800, "start", "2");
            run(900, "stop");
        }
        // then both together, as after a power cut, with every timer to be created again
        // every persistent timer is created again by the two nodes together: the schedules' timers
        // (BatchSchedulesBean, under its row lock) and the automatic ones of @Schedule (WildFly's own)
        sql("DELETE FROM jboss_ejb_timer WHERE partition_name = 'ejournal'");
        together = true;
        run(1800, "start", "2");
        together = false;
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (Boolean.getBoolean("cluster.reuse")) {
            return;
        }
        run(300, "stop");
    }

    @Test
    @Order(1)
    @DisplayName("Two nodes started together: one JGroups view of both, each timer once in the database")
    void twoMembersAndNoDoubledTimers() throws Exception {
        assertEquals(2, members(1).size(), members(1).toString());
        assertEquals(2, members(2).size(), members(2).toString());
        String live = " FROM jboss_ejb_timer WHERE partition_name = 'ejournal'"
                + " AND timer_state NOT IN ('CANCELED', 'EXPIRED')";
        // one row per timer: the bean, its info (the schedule's job name, or the @Schedule's text) and method
        String perTimer = sql("SELECT SUBSTRING(timed_object_id FROM '[^.]*$') || ' ' || COALESCE(timeout_method_name,"
                + " '-') || ' ' || COUNT(*)" + live
                + " GROUP BY timed_object_id, timeout_method_name, info ORDER BY 1");
        System.out.println("timers after two nodes started together:\n" + perTimer);
        for (String line : perTimer.split("\n")) {
            assertTrue(line.endsWith(" 1"), "a timer created twice: " + line + "\n" + perTimer);
        }
        assertEquals(
                sql("SELECT COUNT(*) FROM batch_schedule WHERE enabled"),
                sql("SELECT COUNT(DISTINCT info)" + live + " AND timed_object_id LIKE '%.BatchSchedulesBean'"),
                "each enabled schedule (reconciliation, analytics) has its timer:\n" + perTimer);
        assertEquals(
                sql("SELECT COUNT(DISTINCT info)" + live + " AND timed_object_id LIKE '%.BatchSchedulesBean'"),
                sql("SELECT COUNT(*)" + live + " AND timed_object_id LIKE '%.BatchSchedulesBean'"),
                "one timer per schedule, not one per node:\n" + perTimer);
        // the persistent @Schedule timers: nightly monitoring, the nightly pupils-at-risk pass, the e-mail
        // outbox, the audit retention
        assertEquals("4", sql("SELECT COUNT(*)" + live + " AND auto_timer"), perTimer);
    }

    @Test
    @Order(2)
    @DisplayName("A mark written through node 1 is seen at once through node 2 (no entity cache on either node)")
    void markWrittenOnOneNodeSeenOnTheOther() throws Exception {
        URL node1 = URI.create("http://127.0.0.1:" + (8080 + OFFSET) + "/").toURL();
        URL node2 = URI.create("http://127.0.0.1:" + (8080 + OFFSET + 1) + "/").toURL();
        try (Browser writer = new Browser();
                Browser reader = new Browser()) {
            LoginPage.signInAs(reader, node2, "smirnov");
            GradeBookPage seen = new GradeBookPage(reader, node2).open(null);
            int last = seen.lessonCount() - 1;
            String before = seen.text(3, last); // node 2 has read the cell (a cache would keep it now)
            String value = "3".equals(before) ? "4" : "3";

            LoginPage.signInAs(writer, node1, "smirnov");
            GradeBookPage grid = new GradeBookPage(writer, node1).open(null);
            assertEquals(seen.studentId(3), grid.studentId(3));
            assertEquals(seen.lessonId(last), grid.lessonId(last));
            grid.select(3, last);
            grid.type(value, Keys.ENTER);
            writer.waitForAjax();
            writer.waiting()
                    .until(d ->
                            d.findElements(By.cssSelector("#grid td.saving")).isEmpty());
            assertEquals(value, grid.text(3, last), grid.growl());

            new GradeBookPage(reader, node2).open(null);
            assertEquals(value, seen.text(3, last), "node 2 shows the mark node 1 wrote, at once");
        }
    }

    @Test
    @Order(3)
    @DisplayName("A timer due in the coming minute fires once in total across the two nodes")
    void timerFiresOnce() throws Exception {
        String before = sql("SELECT COUNT(*) FROM job_instance WHERE jobname = 'attendance-reconciliation'");
        LocalDateTime due = LocalDateTime.now().plusSeconds(75).withSecond(0).withNano(0);
        try (Browser browser = new Browser()) {
            LoginPage.signInAs(browser, balancer, "region");
            browser.driver().get(balancer + "admin/batch/jobs.xhtml");
            browser.driver().findElement(By.linkText("Расписание")).click();
            browser.waitForAjax();
            WebElement row = browser.driver()
                    .findElements(By.cssSelector("[id$='tabs:schedules_data'] > tr"))
                    .get(0);
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            js.executeScript("arguments[0].value = '*';", row.findElement(By.cssSelector("select")));
            List<WebElement> spinners = row.findElements(By.cssSelector("input.ui-spinner-input"));
            js.executeScript("arguments[0].value = arguments[1];", spinners.get(0), Integer.toString(due.getHour()));
            js.executeScript("arguments[0].value = arguments[1];", spinners.get(1), Integer.toString(due.getMinute()));
            row.findElement(By.xpath("(.//button)[last()]")).click();
            browser.waitForAjax();
            browser.screenshot("cluster-schedule");
        }
        long wait = Duration.between(LocalDateTime.now(), due).toMillis() + 30_000;
        Thread.sleep(Math.max(wait, 1000));
        assertEquals(
                Long.parseLong(before) + 1,
                Long.parseLong(sql("SELECT COUNT(*) FROM job_instance WHERE jobname = 'attendance-reconciliation'")),
                "fired on exactly one node");
    }

    @Test
    @Order(4)
    @DisplayName("A teacher and a parent keep their sessions and views when their node is killed")
    void sessionsSurviveAKilledNode() throws Exception {
        try (Browser teacher = new Browser();
                Browser parent = new Browser()) {
            LoginPage.signInAs(teacher, balancer, "smirnov");
            GradeBookPage grid = new GradeBookPage(teacher, balancer).open(null);
            int last = grid.lessonCount() - 1;
            String lesson = grid.lessonId(last);
            grid.select(5, last);
            grid.type("5", Keys.ENTER);
            assertEquals("5", grid.text(5, last));
            assertEquals("1", marks(lesson, grid.studentId(5), "5"));

            String node = teacher.driver().manage().getCookieNamed("EJNODE").getValue();
            // the parent on the same node: the balancer's sticky cookie decides
            parent.driver().get(balancer + "login.xhtml");
            parent.driver().manage().addCookie(new Cookie("EJNODE", node, "/"));
            new LoginPage(parent, balancer).open().signIn("parent", "demo2026");
            parent.waiting().until(d -> !d.getCurrentUrl().contains("login"));
            parent.driver().get(balancer + "parent/diary.xhtml");
            String diary = parent.driver().getTitle();
            assertFalse(parent.driver().getCurrentUrl().contains("login"));
            assertEquals(node, parent.driver().manage().getCookieNamed("EJNODE").getValue());

            // a cell half-typed when the node dies
            grid.select(6, last);
            new Actions(teacher.driver()).sendKeys("4").perform();
            run(60, "kill", node.substring("node".length()));

            new Actions(teacher.driver()).sendKeys(Keys.ENTER).perform();
            teacher.waitForAjax();
            teacher.waiting()
                    .until(d ->
                            d.findElements(By.cssSelector("#grid td.saving")).isEmpty());
            teacher.screenshot("cluster-after-kill");
            assertEquals("4", grid.text(6, last), grid.growl());
            assertEquals("1", marks(lesson, grid.studentId(6), "4"), "saved once, on the survivor");

            // A request that comes before the balancer's checks have found the node dead is re-dispatched after
            // its retries and keeps its cookie; the first request after they have found it moves the cookie.
            assertEquals("DOWN", awaitBalancerStatus(node, "DOWN"), "the balancer took the killed node out");
            new GradeBookPage(teacher, balancer).open(null);
            assertNotEquals(
                    node,
                    teacher.driver().manage().getCookieNamed("EJNODE").getValue(),
                    "the balancer moved the teacher to the survivor: "
                            + teacher.driver().manage().getCookies());
            assertFalse(teacher.driver().getCurrentUrl().contains("login"), "no new sign-in");
            assertEquals("5", grid.text(5, last));
            assertEquals("4", grid.text(6, last));

            parent.driver().navigate().refresh();
            assertFalse(parent.driver().getCurrentUrl().contains("login"), "the parent is still signed in");
            assertEquals(diary, parent.driver().getTitle(), "the same diary page");

            int dead = Integer.parseInt(node.substring("node".length()));
            int survivor = 3 - dead;
            assertEquals(1, awaitMembers(survivor, 1).size(), "the killed node left the view");
            run(900, "start-node", Integer.toString(dead));
            assertEquals(2, awaitMembers(survivor, 2).size(), "the node is back in the view");
        }
    }

    @Test
    @Order(5)
    @DisplayName(
            "A reconciliation killed with node 1 is restarted on node 2 by the explicit action; its export equals an uninterrupted run's")
    void batchRestartedElsewhere() throws Exception {
        String range = "from=" + java.time.LocalDate.now().minusDays(42) + "&to="
                + java.time.LocalDate.now().minusDays(1);
        long reference = await(2, start(2, "attendance-reconciliation?" + range));
        String expected =
                get(2, "api/batch/executions/" + reference + "/export").body();

        long killed = start(1, "attendance-reconciliation?" + range + "&throttleMillis=8000&threads=1");
        for (int i = 0; i < 120 && !status(1, killed).equals("STARTED"); i++) {
            Thread.sleep(500);
        }
        Thread.sleep(4000);
        run(60, "kill", "1");
        assertEquals("STARTED", status(2, killed), "a dead node's execution stays STARTED");

        HttpResponse<String> strict = post(2, "api/batch/executions/" + killed + "/restart");
        assertTrue(strict.statusCode() >= 400, "the ordinary restart is strict on a cluster: " + strict.body());

        try (Browser admin = new Browser()) {
            URL node2 =
                    URI.create("http://127.0.0.1:" + (8080 + OFFSET + 1) + "/").toURL();
            LoginPage.signInAs(admin, node2, "region");
            admin.driver().get(node2 + "admin/batch/jobs.xhtml");
            admin.waiting()
                    .until(d -> !d.findElements(By.cssSelector("button[id$='restartElsewhere']"))
                            .isEmpty());
            admin.driver()
                    .findElements(By.cssSelector("button[id$='restartElsewhere']"))
                    .get(0)
                    .click();
            admin.waiting()
                    .until(d -> d.findElement(By.cssSelector(".ui-confirmdialog-yes"))
                            .isDisplayed());
            admin.driver().findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
            admin.waitForAjax();
            admin.screenshot("cluster-restart-elsewhere");
        }
        String restarted = sql("SELECT MAX(jobexecutionid) FROM job_execution WHERE jobinstanceid ="
                + " (SELECT jobinstanceid FROM job_execution WHERE jobexecutionid = " + killed + ")");
        long again = Long.parseLong(restarted);
        assertNotEquals(killed, again);
        await(2, again);
        assertEquals(
                expected, get(2, "api/batch/executions/" + again + "/export").body());
    }

    // --- the cluster ---

    private static String run(int seconds, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(SCRIPT.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("EJOURNAL_DB_URL", DB_URL);
        env.put("EJOURNAL_DB_USER", System.getProperty("cluster.db.user", "postgres"));
        env.put("EJOURNAL_DB_PASSWORD", System.getProperty("cluster.db.password", "postgres"));
        env.put("EJOURNAL_DEMO", "true");
        env.put("EJOURNAL_TIMER_REFRESH_MILLIS", "5000");
        env.put("CLUSTER_PORT_OFFSET", Integer.toString(OFFSET));
        env.put("CLUSTER_LB_PORT", Integer.toString(LB_PORT));
        env.put("CLUSTER_TOGETHER", together ? "1" : "0");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(seconds, TimeUnit.SECONDS), "cluster.sh " + String.join(" ", args) + " hangs");
        assertEquals(0, p.exitValue(), "cluster.sh " + String.join(" ", args) + ":\n" + out);
        System.out.println(out);
        return out;
    }

    /** The members in the JGroups view of the node as the operator reads it (cluster.sh status). */
    private static List<String> members(int node) throws Exception {
        String status = run(120, "status");
        // node 1: pid …, view [[node1|3] (2) [node1, node2]]
        Matcher m = Pattern.compile("node " + node + ": .*view \\[.*\\(\\d+\\) \\[([^\\]]*)\\]")
                .matcher(status);
        if (!m.find()) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (String member : m.group(1).split(",")) {
            if (!member.isBlank()) {
                result.add(member.strip());
            }
        }
        return result;
    }

    /** The status (UP, DOWN…) of a node on the balancer's statistics page, once it is {@code wanted} or after 30 s. */
    private static String awaitBalancerStatus(String node, String wanted) throws Exception {
        String status = "";
        for (int i = 0; i < 60 && !status.startsWith(wanted); i++) {
            if (i > 0) {
                Thread.sleep(500);
            }
            String csv = HTTP.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (LB_PORT + 1) + "/;csv"))
                                    .timeout(Duration.ofSeconds(10))
                                    .GET()
                                    .build(),
                            body())
                    .body();
            // columns: pxname, svname, …, status (the 18th)
            status = csv.lines()
                    .map(line -> line.split(","))
                    .filter(f -> f.length > 17 && f[0].equals("nodes") && f[1].equals(node))
                    .map(f -> f[17])
                    .findFirst()
                    .orElse("");
        }
        return status.startsWith(wanted) ? wanted : status;
    }

    private static List<String> awaitMembers(int node, int count) throws Exception {
        List<String> members = members(node);
        for (int i = 0; i < 30 && members.size() != count; i++) {
            Thread.sleep(2000);
            members = members(node);
        }
        return members;
    }

    private static String sql(String query) throws IOException, InterruptedException {
        String db = DB_URL.substring(DB_URL.lastIndexOf('/') + 1).split("\\?")[0];
        Process p = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-tAc", query)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private static String marks(String lesson, String student, String value) throws Exception {
        return sql("SELECT COUNT(*) FROM mark WHERE lesson_id = " + Long.parseLong(lesson) + " AND student_id = "
                + Long.parseLong(student) + " AND mark_value = '" + value + "'");
    }

    // --- the batch API of one node, as the region administrator ---

    private static long start(int node, String jobAndQuery) throws Exception {
        HttpResponse<String> r = post(node, "api/batch/jobs/" + jobAndQuery);
        assertEquals(202, r.statusCode(), r.body());
        Matcher m = Pattern.compile("\"executionId\"\\s*:\\s*(\\d+)").matcher(r.body());
        assertTrue(m.find(), r.body());
        return Long.parseLong(m.group(1));
    }

    private static String status(int node, long id) throws Exception {
        Matcher m = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"")
                .matcher(get(node, "api/batch/executions/" + id).body());
        return m.find() ? m.group(1) : "";
    }

    private static long await(int node, long id) throws Exception {
        String status = "";
        for (int i = 0; i < 600 && !status.equals("COMPLETED") && !status.equals("FAILED"); i++) {
            Thread.sleep(500);
            status = status(node, id);
        }
        assertEquals("COMPLETED", status, "execution " + id);
        return id;
    }

    private static HttpResponse<String> post(int node, String path) throws Exception {
        return HTTP.send(
                request(node, path).POST(HttpRequest.BodyPublishers.noBody()).build(), body());
    }

    private static HttpResponse<String> get(int node, String path) throws Exception {
        return HTTP.send(request(node, path).GET().build(), body());
    }

    private static HttpRequest.Builder request(int node, String path) {
        assertNotNull(path);
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + (8080 + OFFSET + node - 1) + "/" + path))
                .timeout(Duration.ofSeconds(60))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString("region:demo2026".getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse.BodyHandler<String> body() {
        return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    }

    static {
        try {
            Files.createDirectories(Path.of("target", "screenshots"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
