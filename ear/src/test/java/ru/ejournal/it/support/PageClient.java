package ru.ejournal.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser of one signed-in person over HTTP: keeps the session's cookie, sends If-None-Match if given. */
public record PageClient(HttpClient http) {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** A page as the server answered it: the status, the ETag (null if none) and the HTML. */
    public record Page(int status, String etag, String body) {}

    public static URI base() {
        return URI.create(
                "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/");
    }

    public static PageClient signIn(String login) throws Exception {
        PageClient client = new PageClient(HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build());
        Matcher state = VIEW_STATE.matcher(client.get("login.xhtml", null).body());
        assertTrue(state.find());
        String form = Map.of(
                        "loginForm",
                        "loginForm",
                        "loginForm:login",
                        login,
                        "loginForm:password",
                        Fixture.PASSWORD,
                        "loginForm:submit",
                        "",
                        "jakarta.faces.ViewState",
                        state.group(1))
                .entrySet()
                .stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> home = client.http.send(
                HttpRequest.newBuilder(base().resolve("login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(!home.uri().getPath().contains("login"), "signed in: " + home.uri());
        return client;
    }

    public Page get(String path, String etag) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(base().resolve(path)).GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Page(r.statusCode(), r.headers().firstValue("ETag").orElse(null), r.body());
    }

    /**
     * The first view of a page: rendered in full with an ETag, and a revalidation with that ETag answers 304 (an
     * unchanged page is not rendered again).
     */
    public Page rendered(String path) throws Exception {
        Page page = get(path, null);
        assertEquals(200, page.status());
        assertEquals(304, get(path, page.etag()).status(), "an unchanged page is not rendered again");
        return page;
    }

    /**
     * The next request of this browser holding {@code seen} renders the page anew, as {@code check} expects, and
     * the request after it revalidates the new copy (304).
     */
    public Page changed(String path, Page seen, Consumer<Page> check) throws Exception {
        Page now = get(path, seen.etag());
        assertEquals(200, now.status(), "the changed page is rendered again");
        assertNotEquals(seen.etag(), now.etag());
        check.accept(now);
        assertEquals(304, get(path, now.etag()).status(), "and then revalidated");
        return now;
    }
}
