package ru.ejournal.it.batch;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A WildFly of the test's own (own base directory, ports and H2 database) started as a process, so
 * that the test can kill it with SIGKILL in the middle of a job and start it again; and a small
 * client of the batch HTTP API with the demo region administrator's credentials (the restart test
 * imports schools of its own, which only the region administrator may). {@link #withoutDemo()}
 * starts it on an empty database as a real installation (the first-start tests).
 */
public final class ServerProcess {

    private final Path jbossHome;
    private final Path baseDir;
    private final Path h2Dir;
    private final int offset;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private boolean demo = true;
    private List<String> database;

    public ServerProcess(Path jbossHome, Path ear, Path workDir, int offset) throws IOException {
        this.jbossHome = jbossHome;
        this.baseDir = workDir.resolve("server");
        this.h2Dir = workDir.resolve("h2");
        this.offset = offset;
        deleteTree(workDir);
        Files.createDirectories(baseDir.resolve("deployments"));
        copyTree(jbossHome.resolve("standalone/configuration"), baseDir.resolve("configuration"));
        // The Arquillian tests' deployment, recorded in the configuration while they run, would clash with the copy.
        Path config = baseDir.resolve("configuration/standalone.xml");
        Files.writeString(config, Files.readString(config).replaceAll("(?s)\\s*<deployments>.*?</deployments>", ""));
        Files.copy(ear, baseDir.resolve("deployments/ejournal.ear"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Starts without the demo school ({@code -Dejournal.demo=false}): a real installation's first start. */
    public ServerProcess withoutDemo() {
        demo = false;
        return this;
    }

    /**
     * Runs on this PostgreSQL database (user postgres) instead of an H2 file of its own; the database must be empty
     * (the restart test on PostgreSQL: the set-based import loads there with {@code COPY}, on H2 with JDBC batches).
     */
    public ServerProcess onPostgreSQL(String url) {
        database = List.of(
                "-Dejournal.db.driver=postgresql",
                "-Dejournal.db.url=" + url,
                "-Dejournal.db.user=postgres",
                "-Dejournal.db.password=" + System.getenv().getOrDefault("PGPASSWORD", "postgres"));
        return this;
    }

    /** The server's own log ({@code standalone/log/server.log} of its base directory). */
    public Path serverLog() {
        return baseDir.resolve("log/server.log");
    }

    /** The journal's address on this server, ending with a slash. */
    public URL baseUrl() {
        try {
            return url("/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void start() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                jbossHome.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + baseDir,
                "-Djboss.socket.binding.port-offset=" + offset,
                "-Dejournal.demo=" + demo));
        command.addAll(
                database != null
                        ? database
                        : List.of(
                                "-Dejournal.db.driver=h2",
                                "-Dejournal.db.url=jdbc:h2:file:" + h2Dir
                                        + "/journal;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("JAVA_OPTS", "-Xms128m -Xmx768m -Djava.net.preferIPv4Stack=true");
        pb.redirectErrorStream(true);
        pb.redirectOutput(
                ProcessBuilder.Redirect.appendTo(baseDir.resolve("console.log").toFile()));
        process = pb.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("WildFly ended; see " + baseDir.resolve("console.log"));
            }
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(url("/health")).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("WildFly did not answer /health in time");
    }

    /** kill -9 of the server JVM (and the start script around it). */
    public void killHard() throws InterruptedException {
        List<ProcessHandle> all = Stream.concat(process.descendants(), Stream.of(process.toHandle()))
                .toList();
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle h : all) {
            h.onExit().join();
        }
    }

    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            killHard();
        }
    }

    long startJob(String job, String query) throws Exception {
        return executionId(send("POST", "/api/batch/jobs/" + job + "?" + query));
    }

    long restart(long executionId) throws Exception {
        return executionId(send("POST", "/api/batch/executions/" + executionId + "/restart"));
    }

    String status(long executionId) throws Exception {
        Matcher m =
                Pattern.compile("\"status\":\"(\\w+)\"").matcher(send("GET", "/api/batch/executions/" + executionId));
        if (!m.find()) {
            throw new IllegalStateException("no status");
        }
        return m.group(1);
    }

    String awaitEnd(long executionId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            String status = status(executionId);
            if (!status.equals("STARTING") && !status.equals("STARTED")) {
                return status;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("execution " + executionId + " still running");
    }

    void awaitStarted(long executionId) throws Exception {
        while (status(executionId).equals("STARTING")) {
            Thread.sleep(100);
        }
    }

    String export(long executionId) throws Exception {
        return send("GET", "/api/batch/executions/" + executionId + "/export");
    }

    private String send(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(url(path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString("region:demo2026".getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private static long executionId(String json) {
        Matcher m = Pattern.compile("\"executionId\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException(json);
        }
        return Long.parseLong(m.group(1));
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + (8080 + offset) + path);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
