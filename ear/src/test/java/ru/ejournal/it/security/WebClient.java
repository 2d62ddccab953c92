package ru.ejournal.it.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as the security tests need one: its own cookies, every {@code Set-Cookie} kept for
 * inspection, redirects followed by hand. Runs inside the server against its own HTTP port.
 */
final class WebClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    static final String BASE =
            "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/";

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    final Map<String, String> cookies = new LinkedHashMap<>();
    /** The script nonce of the last page: a form posted back carries it, as PrimeFaces' script adds it. */
    private String nonce;

    final List<String> setCookies = new ArrayList<>();

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET());
    }

    /** GETs the path and follows redirects; the last response. */
    HttpResponse<String> open(String path) throws Exception {
        return follow(get(path));
    }

    HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
        for (int hops = 0; hops < 6 && response.statusCode() / 100 == 3; hops++) {
            URI next = response.uri()
                    .resolve(response.headers().firstValue("Location").orElseThrow());
            response = send(HttpRequest.newBuilder(next).GET());
        }
        return response;
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        if (nonce != null && !form.containsKey("primefaces.nonce")) {
            form = new LinkedHashMap<>(form);
            form.put("primefaces.nonce", nonce);
        }
        return send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&")))));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        Matcher script = NONCE.matcher(response.body());
        if (script.find()) {
            nonce = script.group(1);
        }
        for (String header : response.headers().allValues("Set-Cookie")) {
            setCookies.add(header);
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return response;
    }

    /** The login page's form posted with the login and password; the response to the POST (not followed). */
    HttpResponse<String> submitLogin(String login, String password) throws Exception {
        String page = get("login.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:login", login);
        form.put("loginForm:password", password);
        form.put("loginForm:submit", "");
        form.put("jakarta.faces.ViewState", viewState(page));
        return post("login.xhtml", form);
    }

    /** Signs in and follows to the home page; the home page's response. */
    HttpResponse<String> signIn(String login, String password) throws Exception {
        return follow(submitLogin(login, password));
    }

    String session() {
        return cookies.get("JSESSIONID");
    }

    static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no view state in the page: " + page);
        }
        return m.group(1);
    }

    /** Whether the response is (or led to) the login page: not signed in. */
    static boolean atLogin(HttpResponse<String> response) {
        return response.uri().getPath().endsWith("/login.xhtml")
                || response.headers()
                        .firstValue("Location")
                        .map(l -> l.contains("login.xhtml"))
                        .orElse(false);
    }
}
