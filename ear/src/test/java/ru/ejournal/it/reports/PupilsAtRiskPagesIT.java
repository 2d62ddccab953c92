package ru.ejournal.it.reports;

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
import java.util.LinkedHashMap;
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
 * The screens of the pupils at risk render for their roles on the demo school (over HTTP, signed in as the
 * demo accounts; no browser needed): the deputy's report with its class filter and «Проверить сейчас», the
 * class teacher's dashboard section, the teacher's home card, the thresholds on the monitoring settings and
 * the parent's notice choice; a subject teacher is kept off the deputy's page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PupilsAtRiskPagesIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

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
    @DisplayName("The deputy's report, the class teacher's section and card, the settings and the parent's choice")
    void screensRender() throws Exception {
        Map<String, String> deputy = signIn("zavuch");
        String report = page(deputy, "deputy/at-risk.xhtml");
        assertTrue(report.contains("Ученики группы риска"), report);
        assertTrue(report.contains("Проверить сейчас"), report);
        assertTrue(report.contains("atRiskForm:schoolClass"), "the class filter");

        Map<String, String> teacher = signIn("ivanova");
        String dashboard = page(teacher, "teacher/class/dashboard.xhtml");
        assertTrue(dashboard.contains("id=\"atRiskTitle\""), dashboard);
        String home = page(teacher, "teacher/home.xhtml");
        assertTrue(home.contains("Ученики группы риска по моим предметам"), home);

        Map<String, String> admin = signIn("admin");
        String settings = page(admin, "admin/monitoring-settings.xhtml");
        assertTrue(settings.contains("atRiskForm:atRiskGrade"), settings);
        assertTrue(settings.contains("Пропусков без уважительной причины"), settings);

        Map<String, String> parent = signIn("parent");
        String notices = page(parent, "account/notifications.xhtml");
        assertTrue(notices.contains("Ученик в группе риска"), notices);

        Map<String, String> subjectTeacher = signIn("popov");
        HttpResponse<String> refused =
                send(HttpRequest.newBuilder(URI.create(base + "deputy/at-risk.xhtml")), subjectTeacher);
        assertEquals(403, refused.statusCode(), "a subject teacher is kept off the deputy's report");
    }

    private String page(Map<String, String> cookies, String path) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)), cookies);
        assertEquals(200, response.statusCode(), path);
        return response.body();
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
