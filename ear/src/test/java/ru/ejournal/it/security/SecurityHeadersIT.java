package ru.ejournal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.it.support.Deployments;

/**
 * The security headers on the main pages of every role of the demo school, over HTTP as a browser gets
 * them: exactly one Content Security Policy, whose scripts are the application's files and the inline
 * scripts carrying the page's nonce (no {@code 'unsafe-inline'}, no {@code 'unsafe-eval'}); every inline
 * script of the page carries that nonce and no element has an inline event handler (either would be
 * refused by the browser); {@code nosniff} and a Referrer-Policy.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_HANDLER =
            Pattern.compile("<[a-zA-Z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    /** The main pages of each role (login → pages). */
    private static final Map<String, List<String>> PAGES = Map.of(
            "ivanova",
            List.of(
                    "teacher/home.xhtml",
                    "teacher/gradebook.xhtml",
                    "teacher/analytics.xhtml",
                    "teacher/attendance.xhtml",
                    "teacher/class/roster.xhtml",
                    "teacher/class/dashboard.xhtml",
                    "teacher/messages.xhtml"),
            "zavuch",
            List.of("deputy/home.xhtml", "deputy/analytics.xhtml", "deputy/violations.xhtml", "deputy/periods.xhtml"),
            "admin",
            List.of(
                    "admin/home.xhtml",
                    "admin/school/classes.xhtml",
                    "admin/school/subjects.xhtml",
                    "admin/staff/list.xhtml",
                    "admin/staff/assignments.xhtml",
                    "admin/timetable/timetable.xhtml",
                    "admin/batch/jobs.xhtml"),
            "parent",
            List.of("parent/home.xhtml", "parent/diary.xhtml", "parent/messages.xhtml"),
            "student",
            List.of("student/home.xhtml", "student/diary.xhtml"),
            "region",
            List.of("region/home.xhtml", "region/schools.xhtml"));

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

    @Test
    @DisplayName("The login page, the error pages and the resources carry the policy, nosniff and Referrer-Policy")
    void withoutSigningIn() throws Exception {
        Map<String, String> cookies = new LinkedHashMap<>();
        assertPage(send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")), cookies));
        HttpResponse<String> missing = send(HttpRequest.newBuilder(URI.create(base + "no-such-page.xhtml")), cookies);
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Страница не найдена"), missing.body());
        assertPage(missing);
        HttpResponse<String> health = send(HttpRequest.newBuilder(URI.create(base + "health")), cookies);
        assertHeaders(health, false);
    }

    @Test
    @DisplayName("Every main page of every role carries one policy without 'unsafe-inline' scripts, with its nonce")
    void everyRoleEveryPage() throws Exception {
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, List<String>> role : PAGES.entrySet()) {
            Map<String, String> cookies = signIn(role.getKey());
            for (String page : role.getValue()) {
                HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + page)), cookies);
                assertEquals(200, response.statusCode(), role.getKey() + " " + page);
                assertPage(response);
                checked.add(page);
            }
        }
        assertEquals(25, checked.size(), checked.toString());
    }

    /** A Faces page: the headers, the nonce in the policy, on every script, and no inline handler. */
    private static void assertPage(HttpResponse<String> response) {
        String csp = assertHeaders(response, true);
        Matcher nonce = NONCE.matcher(csp);
        assertTrue(nonce.find(), response.uri() + ": a nonce in " + csp);
        Matcher script = SCRIPT_TAG.matcher(response.body());
        int scripts = 0;
        while (script.find()) {
            String tag = script.group();
            assertTrue(
                    tag.contains(" src=") || tag.contains("nonce=\"" + nonce.group(1) + "\""),
                    response.uri() + ": an inline script without the page's nonce: " + tag);
            scripts++;
        }
        assertTrue(scripts > 0, response.uri() + ": PrimeFaces' scripts");
        Matcher handler = INLINE_HANDLER.matcher(response.body());
        assertFalse(
                handler.find(),
                () -> response.uri() + ": an inline event handler, which the policy blocks: " + handler.group());
    }

    /** The headers of every response; returns the policy. */
    private static String assertHeaders(HttpResponse<String> response, boolean page) {
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), response.uri() + ": exactly one policy " + policies);
        String csp = policies.get(0);
        Map<String, String> directives = new LinkedHashMap<>();
        for (String directive : csp.split(";")) {
            String d = directive.strip();
            if (!d.isEmpty()) {
                int space = d.indexOf(' ');
                directives.put(space < 0 ? d : d.substring(0, space), space < 0 ? "" : d.substring(space + 1));
            }
        }
        String scripts = directives.getOrDefault("script-src", "");
        assertTrue(scripts.startsWith("'self'"), response.uri() + ": " + csp);
        assertFalse(scripts.contains("'unsafe-inline'"), response.uri() + ": " + csp);
        assertFalse(scripts.contains("'unsafe-eval'"), response.uri() + ": " + csp);
        assertFalse(scripts.contains("*") || scripts.contains("http"), response.uri() + ": " + csp);
        assertEquals("'self'", directives.get("default-src"), csp);
        assertEquals("'none'", directives.get("frame-ancestors"), csp);
        assertEquals("'none'", directives.get("object-src"), csp);
        assertEquals("'self'", directives.get("base-uri"), csp);
        assertEquals("'self'", directives.get("form-action"), csp);
        assertEquals(page, scripts.contains("'nonce-"), response.uri() + ": " + csp);
        assertEquals(
                List.of("nosniff"),
                response.headers().allValues("X-Content-Type-Options"),
                response.uri().toString());
        assertEquals(
                List.of("same-origin"),
                response.headers().allValues("Referrer-Policy"),
                response.uri().toString());
        return csp;
    }

    private Map<String, String> signIn(String login) throws Exception {
        Map<String, String> cookies = new LinkedHashMap<>();
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")), cookies);
        Matcher m = VIEW_STATE.matcher(page.body());
        assertTrue(m.find(), "the login page's view state");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:login", login);
        form.put("loginForm:password", "demo2026");
        form.put("loginForm:submit", "");
        form.put("jakarta.faces.ViewState", m.group(1));
        // the nonce PrimeFaces' script puts into every form
        Matcher nonce = NONCE.matcher(
                page.headers().firstValue("Content-Security-Policy").orElse(""));
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
        assertEquals(200, response.statusCode(), login);
        assertFalse(response.uri().getPath().contains("login"), login + " signed in");
        assertPage(response);
        return cookies;
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
}
