package ru.ejournal.it.firststart;

import java.net.CookieManager;
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

/**
 * A person at the journal without a browser: an HTTP client with its own cookies (the session) that
 * follows redirects, opens pages and submits their Faces forms (non-Ajax buttons) as a browser would:
 * the form's fields, its ViewState and the pressed button.
 */
public final class WebSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final URL base;
    private final HttpClient http;
    private HttpResponse<String> page;

    public WebSession(URL base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Opens a page (path relative to the journal's address, e.g. {@code login.xhtml}). */
    public WebSession open(String path) throws Exception {
        page = http.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return this;
    }

    /**
     * Submits the form {@code formId} of the current page with the given fields (ids inside the form,
     * e.g. {@code login}) by pressing the button {@code buttonId}; the page reached after redirects
     * becomes the current one.
     */
    public WebSession submit(String formId, Map<String, String> fields, String buttonId) throws Exception {
        String html = page.body();
        Matcher form = Pattern.compile(
                        "<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]*)\"(.*?)</form>",
                        Pattern.DOTALL)
                .matcher(html);
        if (!form.find()) {
            throw new IllegalStateException("no form " + formId + " on " + page.uri());
        }
        Matcher state = VIEW_STATE.matcher(form.group(2));
        if (!state.find()) {
            throw new IllegalStateException("no ViewState in form " + formId);
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put(formId, formId);
        fields.forEach((id, value) -> values.put(formId + ":" + id, value));
        values.put(formId + ":" + buttonId, "");
        values.put("jakarta.faces.ViewState", unescape(state.group(1)));
        // PrimeFaces' script adds the page's script nonce to every form (Content Security Policy)
        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(html);
        if (nonce.find()) {
            values.put("primefaces.nonce", nonce.group(1));
        }
        String body = values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI action = page.uri().resolve(unescape(form.group(1)));
        page = http.send(
                HttpRequest.newBuilder(action)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return this;
    }

    /** Signs in on the login page. */
    public WebSession signIn(String login, String password) throws Exception {
        return open("login.xhtml").submit("loginForm", Map.of("login", login, "password", password), "submit");
    }

    /** On the forced password page: the one-time password, then the new one twice. */
    public WebSession changePassword(String current, String newPassword) throws Exception {
        return submit(
                "passwordForm",
                Map.of("current", current, "newPassword", newPassword, "repeated", newPassword),
                "change");
    }

    /** The path of the current page, e.g. {@code /region/home.xhtml}. */
    public String path() {
        String full = page.uri().getPath();
        String context = base.getPath().replaceAll("/$", "");
        return full.startsWith(context) ? full.substring(context.length()) : full;
    }

    /** Group 1 of the first match of {@code regex} in the current page, e.g. a one-time password shown once. */
    public String find(String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " on " + page.uri());
        }
        return m.group(1);
    }

    public int status() {
        return page.statusCode();
    }

    public String html() {
        return page.body();
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}
