package ru.ejournal.it.oidc;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The identity provider of the OpenID Connect tests: Keycloak's distribution from Maven Central, unpacked by the
 * build ({@code -Pkeycloak}) under {@code ear/target/keycloak}, started once per test run in dev mode on port
 * {@value #PORT} with the realm {@code src/test/resources/keycloak/ejournal-realm.json} (its redirect URIs set to
 * this run's WildFly port), on the Java 21+ JDK of {@code keycloak.java.home}, and stopped when the run ends.
 * Inside WildFly (an Arquillian test's method) it only checks that the provider answers.
 */
public final class KeycloakServer implements BeforeAllCallback {

    public static final int PORT = 18180;
    public static final String ISSUER = "http://localhost:" + PORT + "/realms/ejournal";
    public static final String CLIENT = "ejournal";
    public static final String SECRET = "ejournal-test-secret";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Process process;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        ensureStarted();
    }

    public static synchronized void ensureStarted() throws Exception {
        if (answers()) {
            return;
        }
        String home = System.getProperty("keycloak.home");
        if (home == null) {
            throw new IllegalStateException("Keycloak is not running on port " + PORT
                    + " and keycloak.home is not set: run the OpenID Connect tests with -Pkeycloak");
        }
        Path dir = Path.of(home);
        Path imports = dir.resolve("data/import");
        Files.createDirectories(imports);
        int httpPort = 8080 + Integer.getInteger("test.port.offset", 0);
        try (InputStream realm = KeycloakServer.class.getResourceAsStream("/keycloak/ejournal-realm.json")) {
            String json = new String(realm.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("@HTTP_PORT@", Integer.toString(httpPort));
            Files.writeString(imports.resolve("ejournal-realm.json"), json);
        }
        ProcessBuilder builder = new ProcessBuilder(
                        dir.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-port=" + PORT,
                        "--http-management-port=" + (PORT + 10),
                        "--import-realm")
                .redirectErrorStream(true)
                .redirectOutput(Path.of(System.getProperty("keycloak.log", home + "/keycloak.log"))
                        .toFile());
        String javaHome = System.getProperty("keycloak.java.home", "/usr/lib/jvm/temurin-25-jdk-amd64");
        builder.environment().put("JAVA_HOME", javaHome);
        builder.environment().put("PATH", javaHome + "/bin:" + System.getenv("PATH"));
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(KeycloakServer::stop));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(Integer.getInteger("keycloak.start.seconds", 600)));
        while (!answers()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak ended at start, see " + home + "/keycloak.log");
            }
            if (Instant.now().isAfter(deadline)) {
                stop();
                throw new IllegalStateException("Keycloak did not start in time, see " + home + "/keycloak.log");
            }
            Thread.sleep(1000);
        }
    }

    static void stop() {
        Process p = process;
        if (p != null && p.isAlive()) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            try {
                p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    private static boolean answers() {
        try {
            return HTTP.send(
                                    HttpRequest.newBuilder(URI.create(ISSUER + "/.well-known/openid-configuration"))
                                            .timeout(Duration.ofSeconds(10))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** An access token by the password grant (the test's shortcut; the journal itself uses the code flow). */
    public static String accessToken(String client, String secret, String user, String password) throws Exception {
        String form = Map.of(
                        "grant_type", "password",
                        "client_id", client,
                        "client_secret", secret,
                        "username", user,
                        "password", password,
                        "scope", "openid")
                .entrySet()
                .stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(ISSUER + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused the password grant: " + response.body());
        }
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readObject().getString("access_token");
        }
    }

    /** A claim of a JWT's payload, read without checking (the test's own view). */
    public static String claim(String jwt, String name) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(payload))) {
            return reader.readObject().get(name).toString().replace("\"", "");
        }
    }

    /** The JWT with its payload replaced by the given one (the signature no longer fits). */
    public static String withPayload(String jwt, String payloadJson) {
        List<String> parts = List.of(jwt.split("\\."));
        return parts.get(0) + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8))
                + "." + parts.get(2);
    }

    public static String payload(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
