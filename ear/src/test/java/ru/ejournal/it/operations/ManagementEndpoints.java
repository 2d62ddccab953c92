package ru.ejournal.it.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's management port as an operator's scraper sees it, from the test client ({@code test.management.port})
 * or from inside the server (9990 + its port offset): MicroProfile Health and the Prometheus text of {@code /metrics}.
 */
final class ManagementEndpoints {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ManagementEndpoints() {}

    static int port() {
        return Integer.getInteger(
                "test.management.port", 9990 + Integer.getInteger("jboss.socket.binding.port-offset", 0));
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The Prometheus text of {@code /metrics}. */
    static String metrics() throws Exception {
        HttpResponse<String> response = get("/metrics");
        if (response.statusCode() != 200) {
            throw new AssertionError("/metrics answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /**
     * The sum of the samples of {@code name} whose labels include the given ones ({@code key, value, key, value…});
     * 0 when there is none yet.
     */
    static double sum(String text, String name, String... labels) {
        double sum = 0;
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line);
            if (line.startsWith("#") || !sample.find() || !sample.group(1).equals(name)) {
                continue;
            }
            Map<String, String> present = new HashMap<>();
            Matcher label = LABEL.matcher(sample.group(2) == null ? "" : sample.group(2));
            while (label.find()) {
                present.put(label.group(1), label.group(2));
            }
            boolean matches = true;
            for (int i = 0; i + 1 < labels.length; i += 2) {
                matches &= labels[i + 1].equals(present.get(labels[i]));
            }
            if (matches) {
                sum += Double.parseDouble(sample.group(3));
            }
        }
        return sum;
    }

    static double metric(String name, String... labels) throws Exception {
        return sum(metrics(), name, labels);
    }
}
