package ru.ejournal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.concurrent.atomic.AtomicInteger;
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
import ru.ejournal.security.control.Argon2id;
import ru.ejournal.security.control.PasswordHasher;

/**
 * The term-start sign-in storm (not a timed test): complete sign-ins (the login page, the form POST, the
 * home page it leads to) by {@code ejournal.benchmark.clients} clients at a time (default 8,16),
 * {@code ejournal.benchmark.signins} sign-ins per level (default 300), each with a fresh cookie jar, over
 * the demo accounts. Prints sign-ins per second and p50/p95 and writes them to
 * {@code target/signin-benchmark.md}. Runs only with {@code -Dejournal.benchmark=true}.
 *
 * <p>Wall figures depend on whatever else the machine runs; so each level also reports the CPU time the
 * server spent per complete sign-in: the WildFly JVM's user + system time from {@code /proc/<pid>/stat}
 * (the JVM found by its {@code jboss.home.dir}) and, when the database is PostgreSQL on this machine, that
 * of the database's backend processes (found by the database name in their process title), each read
 * before and after the level. The capacity is then the number of processors divided by the CPU per
 * sign-in: what the server could serve with the machine to itself.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "ejournal.benchmark", matches = "true")
class SignInBenchmarkIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final List<String> LOGINS =
            List.of("admin", "zavuch", "ivanova", "smirnov", "kuznetsova", "popov", "volkova", "parent", "student");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** One complete sign-in with its own cookies; returns the home page's body. */
    String signIn(String login) throws Exception {
        Map<String, String> cookies = new LinkedHashMap<>();
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")), cookies);
        Matcher m = VIEW_STATE.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:login", login);
        form.put("loginForm:password", "demo2026");
        form.put("loginForm:submit", "");
        form.put("jakarta.faces.ViewState", m.group(1));
        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(page.body());
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        HttpResponse<String> response = send(
                HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                                .collect(Collectors.joining("&")))),
                cookies);
        for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
            URI next = response.uri()
                    .resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(HttpRequest.newBuilder(next), cookies);
        }
        if (response.statusCode() != 200 || response.uri().getPath().contains("login")) {
            throw new IllegalStateException("sign-in of " + login + " failed: " + response.uri());
        }
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> cookies) throws Exception {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return response;
    }

    private record Result(
            int clients,
            int signIns,
            double seconds,
            long p50,
            long p95,
            double serverCpuMs,
            double gcJitCpuMs,
            double dbCpuMs,
            double hashCpuMs) {
        double perSecond() {
            return signIns / seconds;
        }

        /** Complete sign-ins per second the processors could serve, server and database CPU counted. */
        double capacity() {
            return Runtime.getRuntime().availableProcessors() * 1000.0 / (serverCpuMs + dbCpuMs);
        }
    }

    /** CPU clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ, 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100.0;

    /** User + system CPU milliseconds of the processes whose command line satisfies the test. */
    static double cpuMillis(java.util.function.Predicate<String> commandLine) {
        double ticks = 0;
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path dir :
                    dirs.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String cmd = new String(Files.readAllBytes(dir.resolve("cmdline")), StandardCharsets.UTF_8)
                            .replace('\0', ' ');
                    if (!commandLine.test(cmd)) {
                        continue;
                    }
                    String stat = Files.readString(dir.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                } catch (java.io.IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
        } catch (java.io.IOException e) {
            return Double.NaN;
        }
        return ticks * 1000.0 / TICKS_PER_SECOND;
    }

    /**
     * CPU milliseconds of the server JVM's garbage collector and JIT compiler threads (from
     * {@code /proc/<pid>/task/<tid>/stat}, by thread name): the part of the server CPU that is not the
     * requests' own work.
     */
    static double serverGcAndJitMillis() {
        String home = Path.of(System.getProperty("jboss.home", "target"))
                .toAbsolutePath()
                .normalize()
                .toString();
        double ticks = 0;
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path dir :
                    dirs.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String cmd = new String(Files.readAllBytes(dir.resolve("cmdline")), StandardCharsets.UTF_8);
                    if (!cmd.contains("jboss.home.dir=" + home) || !cmd.contains("jboss-modules")) {
                        continue;
                    }
                    try (var tasks = Files.list(dir.resolve("task"))) {
                        for (Path task : tasks.toList()) {
                            String stat = Files.readString(task.resolve("stat"));
                            String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                            if (name.startsWith("GC ") || name.startsWith("G1 ") || name.contains("Compiler")) {
                                String[] f = stat.substring(stat.lastIndexOf(')') + 2)
                                        .split(" ");
                                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                            }
                        }
                    }
                } catch (java.io.IOException | RuntimeException gone) {
                    // the process or thread ended meanwhile
                }
            }
        } catch (java.io.IOException e) {
            return Double.NaN;
        }
        return ticks * 1000.0 / TICKS_PER_SECOND;
    }

    static double serverCpuMillis() {
        String home = Path.of(System.getProperty("jboss.home", "target"))
                .toAbsolutePath()
                .normalize()
                .toString();
        return cpuMillis(cmd -> cmd.contains("jboss.home.dir=" + home) && cmd.contains("jboss-modules"));
    }

    static double databaseCpuMillis() {
        String url = System.getProperty("test.db.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            return 0;
        }
        String db = url.substring(url.lastIndexOf('/') + 1).split("\\?")[0];
        return cpuMillis(cmd -> cmd.startsWith("postgres: ") && cmd.contains(" " + db + " "));
    }

    @Test
    @DisplayName("Benchmark: complete sign-ins per second by 8 and 16 concurrent clients")
    void benchmark() throws Exception {
        int total = Integer.getInteger("ejournal.benchmark.signins", 300);
        List<Integer> levels = List.of(
                        System.getProperty("ejournal.benchmark.clients", "8,16").split(","))
                .stream()
                .map(String::strip)
                .map(Integer::valueOf)
                .toList();
        // warm-up: every account once (this also re-hashes an old hash into the current scheme), then
        // ejournal.benchmark.warmup sign-ins by 8 clients, so that the JIT has compiled the sign-in path
        // (with 29 sign-ins it was still compiling through the first measured level)
        for (String login : LOGINS) {
            signIn(login);
        }
        run(8, Integer.getInteger("ejournal.benchmark.warmup", 300));
        // what the server spends with nobody signing in (timers, the access log, a job of the demo): printed,
        // so that a level's CPU per sign-in can be read against it
        double idleStart = serverCpuMillis();
        Thread.sleep(10_000);
        double idleMillisPerSecond = (serverCpuMillis() - idleStart) / 10;
        List<Result> results = new ArrayList<>();
        for (int level : levels) {
            results.add(run(level, total));
        }
        String hash = System.getProperty("ejournal.benchmark.label", "");
        StringBuilder md = new StringBuilder("| clients | sign-ins | seconds | sign-ins/s | p50 ms | p95 ms"
                + " | server CPU ms/sign-in | of it GC + JIT | database CPU ms/sign-in | capacity on "
                + Runtime.getRuntime().availableProcessors() + " cores, sign-ins/s | one hash, CPU ms"
                + " | sign-in ÷ hash | load average |"
                + (hash.isEmpty() ? "" : " setting |") + "\n|---|---|---|---|---|---|---|---|---|---|---|---|---|"
                + (hash.isEmpty() ? "" : "---|") + "\n");
        for (Result r : results) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %d | %.1f | %.1f | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %s |%s%n",
                    r.clients(),
                    r.signIns(),
                    r.seconds(),
                    r.perSecond(),
                    r.p50(),
                    r.p95(),
                    r.serverCpuMs(),
                    r.gcJitCpuMs(),
                    r.dbCpuMs(),
                    r.capacity(),
                    r.hashCpuMs(),
                    (r.serverCpuMs() + r.dbCpuMs()) / r.hashCpuMs(),
                    loadAverage(),
                    hash.isEmpty() ? "" : " " + hash + " |"));
        }
        md.append(String.format(
                Locale.ROOT, "%nServer CPU while idle after the warm-up: %.1f ms per second.%n", idleMillisPerSecond));
        System.out.println(md);
        Files.writeString(Path.of("target/signin-benchmark.md"), md.toString());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /** CPU milliseconds of one Argon2id hash with the server's parameters and engine (the median of five, after two). */
    static double hashCpuMillis() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long start = threads.getCurrentThreadCpuTime();
            Argon2id.hash(
                    "demo2026".getBytes(StandardCharsets.UTF_8),
                    new byte[16],
                    PasswordHasher.MEMORY_KIB,
                    PasswordHasher.PASSES,
                    PasswordHasher.LANES,
                    32);
            if (i >= 2) {
                cpu.add((threads.getCurrentThreadCpuTime() - start) / 1e6);
            }
        }
        return cpu.stream().sorted().toList().get(cpu.size() / 2);
    }

    private Result run(int clients, int total) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        double hashCpu;
        double serverCpu = serverCpuMillis();
        double gcJitCpu = serverGcAndJitMillis();
        double dbCpu = databaseCpuMillis();
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        long t = System.nanoTime();
                        signIn(LOGINS.get(i % LOGINS.size()));
                        millis.add((System.nanoTime() - t) / 1_000_000);
                    }
                    return null;
                }));
            }
            // the reference of the same run: one password hash as the server computes it, timed (CPU) in this
            // JVM while the level runs, so that it meets the same contention for the machine
            Future<Double> hash = pool.submit(SignInBenchmarkIT::hashCpuMillis);
            for (Future<?> f : futures) {
                f.get();
            }
            hashCpu = hash.get();
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double serverCpuPerSignIn = (serverCpuMillis() - serverCpu) / total;
        double gcJitPerSignIn = (serverGcAndJitMillis() - gcJitCpu) / total;
        double dbCpuPerSignIn = (databaseCpuMillis() - dbCpu) / total;
        assertEquals(total, millis.size());
        List<Long> sorted = millis.stream().sorted().toList();
        return new Result(
                clients,
                total,
                seconds,
                sorted.get(sorted.size() / 2),
                sorted.get((int) (sorted.size() * 0.95)),
                serverCpuPerSignIn,
                gcJitPerSignIn,
                dbCpuPerSignIn,
                hashCpu);
    }
}
