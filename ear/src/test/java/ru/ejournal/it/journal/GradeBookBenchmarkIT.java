package ru.ejournal.it.journal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.it.support.Deployments;

/**
 * A load benchmark (not a timed test): signed-in clients on loopback request a static file, the journal
 * grid page and cell saves, {@code ejournal.benchmark.clients} at a time (default 20,50), each scenario for
 * {@code ejournal.benchmark.seconds} (default 15) after a warm-up. Prints p50/p95/p99 and throughput and
 * writes them to {@code target/benchmark.md}. Runs only with {@code -Dejournal.benchmark=true}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "ejournal.benchmark", matches = "true")
class GradeBookBenchmarkIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ROW = Pattern.compile("<tr data-s=\"(\\d+)\"");
    private static final Pattern LESSON = Pattern.compile("data-l=\"(\\d+)\"");
    private static final Pattern STAMP = Pattern.compile("stamp\"?\\s*:\\s*\"([^\"]*)\"");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    /** One signed-in teacher with a grid page open and a cell of their own to type into. */
    private final class Client {
        final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String viewState;
        String nonce = "";
        String lesson;
        String student;
        String stamp = "";
        int saves;

        void signIn() throws Exception {
            String page = get("login.xhtml");
            String body = form(Map.of(
                    "loginForm",
                    "loginForm",
                    "loginForm:login",
                    "smirnov",
                    "loginForm:password",
                    "demo2026",
                    "loginForm:submit",
                    "",
                    "jakarta.faces.ViewState",
                    state(page)));
            String home = http.send(post("login.xhtml", body), HttpResponse.BodyHandlers.ofString())
                    .body();
            if (!home.contains("Рабочий стол")) {
                throw new IllegalStateException("sign-in failed");
            }
        }

        void openGrid(int index) throws Exception {
            String page = get("teacher/gradebook.xhtml");
            viewState = state(page);
            Matcher script = Pattern.compile("nonce=\"([^\"]+)\"").matcher(page);
            nonce = script.find() ? script.group(1) : "";
            List<String> rows = all(ROW, page);
            List<String> lessons = all(LESSON, page);
            student = rows.get(index % rows.size());
            lesson = lessons.get(lessons.size() - 1 - index / rows.size() % lessons.size());
            save("5");
        }

        String get(String path) throws Exception {
            return http.send(
                            HttpRequest.newBuilder(URI.create(base + path))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        }

        /** The request the page's remote command sends: the cell's four values and Faces' own five. */
        String saveBody(String value) {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("jakarta.faces.partial.ajax", "true");
            p.put("jakarta.faces.source", "cellForm:saveCell");
            p.put("jakarta.faces.partial.execute", "cellForm:saveCell");
            p.put("jakarta.faces.partial.render", "messages");
            p.put("cellForm:saveCell", "cellForm:saveCell");
            p.put("lesson", lesson);
            p.put("student", student);
            p.put("value", value);
            p.put("stamp", stamp);
            p.put("confirm", "false");
            p.put("jakarta.faces.ViewState", viewState);
            p.put("primefaces.nonce", nonce);
            return form(p);
        }

        void save(String value) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "teacher/gradebook.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Faces-Request", "partial/ajax")
                    .POST(HttpRequest.BodyPublishers.ofString(saveBody(value)))
                    .build();
            String response =
                    http.send(request, HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = STAMP.matcher(response.replace("&#34;", "\""));
            if (!m.find()) {
                Files.writeString(Path.of("target/benchmark-failed-response.xml"), response);
                throw new IllegalStateException("no stamp in the response: target/benchmark-failed-response.xml");
            }
            stamp = m.group(1);
            saves++;
        }

        HttpRequest post(String path, String body) {
            return HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
        }
    }

    /** What one scenario does once, timed. */
    @FunctionalInterface
    private interface Step {
        void run(Client client) throws Exception;
    }

    private record Result(String scenario, int clients, long requests, double seconds, long p50, long p95, long p99) {
        double throughput() {
            return requests / seconds;
        }
    }

    @Test
    @DisplayName(
            "Benchmark: static file, journal grid page and cell saves under 20 and 50 concurrent signed-in clients")
    void benchmark() throws Exception {
        int seconds = Integer.getInteger("ejournal.benchmark.seconds", 15);
        List<Integer> levels = List.of(System.getProperty("ejournal.benchmark.clients", "20,50")
                        .split(","))
                .stream()
                .map(String::strip)
                .map(Integer::valueOf)
                .toList();
        int max = levels.stream().mapToInt(Integer::intValue).max().orElse(20);
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            Client c = new Client();
            c.signIn();
            c.openGrid(i);
            clients.add(c);
        }
        String grid = clients.get(0).get("teacher/gradebook.xhtml");
        String saveBody = clients.get(0).saveBody("4");

        List<Result> results = new ArrayList<>();
        for (int level : levels) {
            List<Client> active = clients.subList(0, level);
            results.add(run("static file (css)", active, seconds, c -> c.get("resources/css/gradebook.css")));
            results.add(run("grid page (GET)", active, seconds, c -> c.get("teacher/gradebook.xhtml")));
            // the grid GETs above opened many views; a fresh one for the saves (Faces keeps 15 per session)
            for (int i = 0; i < active.size(); i++) {
                active.get(i).openGrid(i);
            }
            results.add(run("cell save (Ajax POST)", active, seconds, c -> c.save(c.saves % 2 == 0 ? "4" : "5")));
        }

        StringBuilder report = new StringBuilder();
        report.append(String.format(
                Locale.ROOT,
                "Grid page: %d bytes of HTML, %d lessons × %d students.%n",
                grid.getBytes(StandardCharsets.UTF_8).length,
                all(LESSON, grid).size(),
                all(ROW, grid).size()));
        report.append(String.format(
                Locale.ROOT,
                "Cell save request: %d POST parameters, %d bytes.%n%n",
                saveBody.split("&").length,
                saveBody.getBytes(StandardCharsets.UTF_8).length));
        report.append("| scenario | clients | requests | throughput, req/s | p50, ms | p95, ms | p99, ms |\n");
        report.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            report.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n",
                    r.scenario(),
                    r.clients(),
                    r.requests(),
                    r.throughput(),
                    r.p50() / 1e6,
                    r.p95() / 1e6,
                    r.p99() / 1e6));
        }
        report.append('\n');
        for (int level : levels) {
            Result stat = find(results, "static", level);
            Result page = find(results, "grid", level);
            report.append(String.format(
                    Locale.ROOT,
                    "%d clients: grid page p50 / static p50 = %.1f; grid page p95 / static p95 = %.1f%n",
                    level,
                    (double) page.p50() / stat.p50(),
                    (double) page.p95() / stat.p95()));
        }
        System.out.println(report);
        Files.writeString(Path.of("target/benchmark.md"), report.toString());
        assertTrue(results.stream().allMatch(r -> r.requests() > 0));
    }

    private static Result find(List<Result> results, String prefix, int clients) {
        return results.stream()
                .filter(r -> r.scenario().startsWith(prefix) && r.clients() == clients)
                .findFirst()
                .orElseThrow();
    }

    private Result run(String scenario, List<Client> clients, int seconds, Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            timed(pool, clients, Math.max(2, seconds / 3), step);
            long start = System.nanoTime();
            List<Long> latencies = timed(pool, clients, seconds, step);
            double elapsed = (System.nanoTime() - start) / 1e9;
            Collections.sort(latencies);
            return new Result(
                    scenario,
                    clients.size(),
                    latencies.size(),
                    elapsed,
                    percentile(latencies, 50),
                    percentile(latencies, 95),
                    percentile(latencies, 99));
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Long> timed(ExecutorService pool, List<Client> clients, int seconds, Step step)
            throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (Client client : clients) {
            futures.add(pool.submit(() -> {
                List<Long> own = new ArrayList<>();
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    step.run(client);
                    own.add(System.nanoTime() - t0);
                }
                return own;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        return all;
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty()
                ? 0
                : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String state(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no view state");
        }
        return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found.stream().distinct().collect(Collectors.toList());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
