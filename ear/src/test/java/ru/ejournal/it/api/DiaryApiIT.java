package ru.ejournal.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.credentials.boundary.AccessTokenLine;
import ru.ejournal.credentials.boundary.AccessTokenService;
import ru.ejournal.credentials.boundary.IssuedAccessToken;
import ru.ejournal.credentials.control.AccessTokens;
import ru.ejournal.credentials.entity.PersonalAccessToken;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.journal.entity.Lesson;
import ru.ejournal.journal.entity.Mark;
import ru.ejournal.messaging.entity.Message;
import ru.ejournal.messaging.entity.MessageRecipient;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.student.entity.Student;

/**
 * The e-diary API ({@code /api/v1}) over HTTP against the running application: a parent's and a student's
 * personal access tokens read the diary and the inbox through the same services as the pages, and every
 * endpoint refuses what the pages refuse (another parent's child, a teacher, no token, a revoked or expired
 * token, a session cookie without a token, a one-time password); the tokens themselves (shown once, hashed,
 * revoked, ended by a password change).
 */
@ExtendWith(ArquillianExtension.class)
class DiaryApiIT {

    static final String BASE =
            "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    Tx tx;

    @Inject
    AccessTokenService tokens;

    Fixture f;

    /** The parent's inbox line of a message from the class teacher about the child. */
    long parentMessage;

    @BeforeEach
    void createSchool() {
        f = schools.create();
        parentMessage = tx.call(em -> {
            Lesson lesson = em.find(Lesson.class, f.lessonA());
            em.persist(new Mark(
                    lesson, em.find(Student.class, f.studentA()), "4", lesson.getWorkType(), "test", Instant.now()));
            Message message =
                    new Message(account(em, f.classTeacherA()), "Собрание", "В четверг в 18:00", Instant.now());
            MessageRecipient row = message.addRecipient(account(em, f.parentA()), em.find(Student.class, f.studentA()));
            em.persist(message);
            em.flush();
            return row.getId();
        });
    }

    @Test
    @DisplayName(
            "A parent's token reads the children, the week, the period's marks with the working, grades and timetable")
    void parentReadsTheDiary() throws Exception {
        String token = create(f.parentA(), Fixture.PARENT);

        JsonArray children = array(get("api/v1/children", token), 200);
        assertEquals(1, children.size(), children.toString());
        assertEquals(f.studentA(), children.getJsonObject(0).getJsonNumber("id").longValue());
        assertTrue(children.getJsonObject(0).getString("label").startsWith("Кузнецов Илья"), children.toString());

        JsonObject week = object(get("api/v1/children/" + f.studentA() + "/week", token), 200);
        JsonObject lesson = week.getJsonArray("days").stream()
                .flatMap(d -> d.asJsonObject().getJsonArray("lessons").stream())
                .map(JsonValue::asJsonObject)
                .filter(l -> l.getJsonNumber("id").longValue() == f.lessonA())
                .findFirst()
                .orElseThrow(() -> new AssertionError("today's lesson in the week: " + week));
        assertEquals("Математика", lesson.getString("subject"));
        assertEquals("Натуральные числа", lesson.getString("topic"));
        JsonObject mark = lesson.getJsonArray("marks").getJsonObject(0);
        assertEquals("4", mark.getString("value"));
        assertEquals("Ответ на уроке", mark.getString("workType"));
        assertEquals(1, mark.getInt("weight"));
        assertNotNull(mark.getString("date"));

        JsonArray periods = array(get("api/v1/children/" + f.studentA() + "/periods", token), 200);
        long period = periods.getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject report = object(get("api/v1/children/" + f.studentA() + "/periods/" + period, token), 200);
        JsonObject math = report.getJsonArray("subjects").getJsonObject(0);
        assertEquals("Математика", math.getString("subject"));
        assertFalse(math.getString("working").isBlank(), "the working of the proposed grade: " + math);
        assertTrue(report.getJsonObject("absences").containsKey("Н"), report.toString());

        JsonObject subject = object(
                get(
                        "api/v1/children/" + f.studentA() + "/periods/" + period + "/subjects/"
                                + URLEncoder.encode("Математика", StandardCharsets.UTF_8)
                                        .replace("+", "%20"),
                        token),
                200);
        assertEquals(math, subject, "the subject's own answer is its line of the period");
        assertEquals(
                404,
                get("api/v1/children/" + f.studentA() + "/periods/" + period + "/subjects/Химия", token)
                        .statusCode());
        JsonArray grades = array(get("api/v1/children/" + f.studentA() + "/periods/" + period + "/grades", token), 200);
        assertEquals("Математика", grades.getJsonObject(0).getString("subject"));
        array(get("api/v1/children/" + f.studentA() + "/timetable?date=2026-10-14", token), 200);
        assertEquals(
                400,
                get("api/v1/children/" + f.studentA() + "/week?date=14.10.2026", token)
                        .statusCode());

        String studentToken = create(f.studentALogin(), Fixture.STUDENT);
        JsonArray self = array(get("api/v1/children", studentToken), 200);
        assertEquals(
                f.studentA(), self.getJsonObject(0).getJsonNumber("id").longValue(), "a student is their own child");
        object(get("api/v1/children/" + f.studentA() + "/week", studentToken), 200);

        assertNotNull(
                Caller.as(f.parentA(), Fixture.PARENT, () -> tokens.mine())
                        .get(0)
                        .lastUsedAt(),
                "the last-used time is kept");
    }

    @Test
    @DisplayName("The inbox: reading does not mark read; marking read is the one write; another's message is refused")
    void inboxAndMarkRead() throws Exception {
        String token = create(f.parentA(), Fixture.PARENT);

        JsonObject inbox = object(get("api/v1/messages", token), 200);
        assertEquals(1, inbox.getInt("total"));
        assertEquals(1, inbox.getInt("unread"));
        JsonObject item = inbox.getJsonArray("items").getJsonObject(0);
        assertEquals(parentMessage, item.getJsonNumber("id").longValue());
        assertFalse(item.containsKey("readAt") && !item.isNull("readAt"), "unread: " + item);

        JsonObject message = object(get("api/v1/messages/" + parentMessage, token), 200);
        assertEquals("В четверг в 18:00", message.getString("body"));
        assertEquals(1, object(get("api/v1/messages", token), 200).getInt("unread"), "reading does not mark it");

        JsonObject read = object(post("api/v1/messages/" + parentMessage + "/read", token), 200);
        assertNotNull(read.getString("readAt"));
        assertEquals(0, object(get("api/v1/messages", token), 200).getInt("unread"));
        JsonObject again = object(post("api/v1/messages/" + parentMessage + "/read", token), 200);
        assertEquals(
                Instant.parse(read.getString("readAt")).toEpochMilli(),
                Instant.parse(again.getString("readAt")).toEpochMilli(),
                "idempotent: the first reading's time");

        String studentToken = create(f.studentALogin(), Fixture.STUDENT);
        assertEquals(403, get("api/v1/messages/" + parentMessage, studentToken).statusCode());
        assertEquals(
                403,
                post("api/v1/messages/" + parentMessage + "/read", studentToken).statusCode());
        assertEquals(0, object(get("api/v1/messages", studentToken), 200).getInt("total"));
        assertEquals(400, get("api/v1/messages?size=500", token).statusCode());
    }

    @Test
    @DisplayName(
            "Every endpoint refuses: no token, a cookie only, a wrong, revoked or expired token, a teacher, another's child")
    void refusals() throws Exception {
        String parent = create(f.parentA(), Fixture.PARENT);
        String revoked = create(f.parentA(), Fixture.PARENT);
        long revokedId = Caller.as(f.parentA(), Fixture.PARENT, () -> tokens.mine()).stream()
                .filter(t -> revoked.startsWith(t.prefix()))
                .findFirst()
                .orElseThrow()
                .id();
        Caller.run(f.parentA(), Fixture.PARENT, () -> tokens.revoke(revokedId));
        String expired = insert(f.parentA(), Instant.now().minusSeconds(60));
        String teacher = insert(f.classTeacherA(), Instant.now().plusSeconds(3600));
        String session = signIn(f.parentA());
        long period =
                tx.call(em -> em.createQuery("select p.id from StudyPeriod p where p.school.id = :school", Long.class)
                        .setParameter("school", f.schoolId())
                        .getSingleResult());

        List<String[]> own = endpoints(f.studentA(), period, parentMessage);
        for (String[] e : own) {
            String what = e[0] + " " + e[1];
            assertEquals(401, call(e, null, null).statusCode(), "no token: " + what);
            HttpResponse<String> cookieOnly = call(e, null, session);
            assertEquals(401, cookieOnly.statusCode(), "a signed-in session's cookie is no token: " + what);
            assertEquals(401, call(e, "ejd_" + "A".repeat(43), null).statusCode(), "unknown token: " + what);
            HttpResponse<String> revokedAnswer = call(e, revoked, null);
            assertEquals(401, revokedAnswer.statusCode(), "revoked: " + what);
            assertTrue(revokedAnswer.body().contains("отозван"), revokedAnswer.body());
            assertEquals(401, call(e, expired, null).statusCode(), "expired: " + what);
            HttpResponse<String> staff = call(e, teacher, null);
            assertEquals(403, staff.statusCode(), "a teacher's token: " + what);
            assertTrue(staff.body().contains("для родителей и учащихся"), staff.body());
            assertTrue(call(e, parent, null).statusCode() < 300, "the parent's own: " + what);
        }
        String student = create(f.studentALogin(), Fixture.STUDENT);
        for (long child : List.of(f.studentB(), f.otherSchoolStudent())) {
            for (String[] e : endpoints(child, period, parentMessage)) {
                if (e[1].contains("/children/" + child)) {
                    assertEquals(403, call(e, parent, null).statusCode(), "another parent's child: " + e[1]);
                    assertEquals(403, call(e, student, null).statusCode(), "another student: " + e[1]);
                }
            }
        }

        tx.call(em -> {
            account(em, f.parentA()).setMustChangePassword(true);
            return null;
        });
        HttpResponse<String> oneTime = get("api/v1/children", parent);
        assertEquals(403, oneTime.statusCode());
        assertTrue(oneTime.body().contains("одноразовый пароль"), oneTime.body());
    }

    @Test
    @DisplayName(
            "Tokens: shown once and stored hashed, only families create them, only the owner revokes, a password change ends them")
    void tokens() throws Exception {
        IssuedAccessToken issued =
                Caller.as(f.parentA(), Fixture.PARENT, () -> tokens.create("  Дневник на телефоне ", 90));
        assertTrue(AccessTokens.wellFormed(issued.token()), issued.token());
        assertEquals("Дневник на телефоне", issued.name());
        String stored =
                tx.call(em -> em.find(PersonalAccessToken.class, issued.id()).getTokenHash());
        assertFalse(stored.contains(issued.token().substring(4)), "only the hash is stored");
        AccessTokenLine line =
                Caller.as(f.parentA(), Fixture.PARENT, () -> tokens.mine()).get(0);
        assertTrue(line.active());
        assertTrue(issued.token().startsWith(line.prefix()) && line.prefix().length() < 12, line.prefix());
        assertNull(line.lastUsedAt());

        assertThrows(
                EJBAccessException.class,
                () -> Caller.as(f.classTeacherA(), Fixture.CLASS_TEACHER, () -> tokens.create("Учитель", 30)));
        assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(f.studentALogin(), Fixture.STUDENT, () -> tokens.revoke(issued.id())));
        assertThrows(
                Exception.class, () -> Caller.as(f.parentA(), Fixture.PARENT, () -> tokens.create("Навсегда", 10_000)));

        assertEquals(200, get("api/v1/children", issued.token()).statusCode());
        tx.call(em -> {
            account(em, f.parentA()).setPasswordChangedAt(Instant.now());
            return null;
        });
        assertEquals(401, get("api/v1/children", issued.token()).statusCode(), "a password change ends the token");
        long created = tx.call(em -> em.createQuery(
                        "select count(c) from ChangeRecord c where c.entityType = 'PersonalAccessToken'"
                                + " and c.entityId = :id and c.field = 'name'",
                        Long.class)
                .setParameter("id", issued.id())
                .getSingleResult());
        assertEquals(1, created, "the creation is in the change history");
    }

    @Test
    @DisplayName("A token makes at most 120 requests a minute (429 with Retry-After); another token is not held back")
    void rateLimitPerToken() throws Exception {
        String token = create(f.parentA(), Fixture.PARENT);
        for (int i = 0; i < 120; i++) {
            assertEquals(200, get("api/v1/children", token).statusCode(), "request " + (i + 1));
        }
        HttpResponse<String> limited = get("api/v1/children", token);
        assertEquals(429, limited.statusCode(), limited.body());
        assertEquals("60", limited.headers().firstValue("Retry-After").orElse(""));
        assertTrue(limited.body().contains("120 в минуту"), limited.body());
        assertEquals(
                200, get("api/v1/children", create(f.parentA(), Fixture.PARENT)).statusCode());

        // a minute later the window opens again (the window's start moved back instead of waiting)
        tx.call(em -> em.createNativeQuery(
                        "update personal_access_token set rate_window_start = ?1" + " where token_hash = ?2")
                .setParameter(1, java.sql.Timestamp.from(Instant.now().minusSeconds(61)))
                .setParameter(2, AccessTokens.hash(token))
                .executeUpdate());
        assertEquals(200, get("api/v1/children", token).statusCode());
    }

    @Test
    @DisplayName("The API answers without a session: no Set-Cookie, with no-store")
    void stateless() throws Exception {
        String token = create(f.parentA(), Fixture.PARENT);
        HttpResponse<String> answer = get("api/v1/children", token);
        assertEquals(200, answer.statusCode());
        assertTrue(
                answer.headers().allValues("Set-Cookie").isEmpty(),
                answer.headers().toString());
        assertEquals("no-store", answer.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(answer.headers()
                .firstValue("Content-Security-Policy")
                .orElse("")
                .contains("frame-ancestors 'none'"));
    }

    @Test
    @DisplayName("The OpenAPI document at /openapi describes every path of the API's resources, in Russian")
    void openApiDescribesEveryPath() throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(BASE + "openapi?format=JSON"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject document = Json.createReader(new StringReader(answer.body())).readObject();
        assertTrue(document.getString("openapi").startsWith("3."), "OpenAPI 3");
        JsonObject paths = document.getJsonObject("paths");
        Map<String, Set<String>> expected = OpenApiPaths.ofResources();
        assertTrue(expected.size() >= 12, "the resources were found: " + expected);
        expected.forEach((path, methods) -> {
            assertTrue(paths.containsKey(path), "described: " + path + " in " + paths.keySet());
            for (String method : methods) {
                JsonObject operation = paths.getJsonObject(path).getJsonObject(method);
                assertNotNull(operation, method + " " + path);
                assertTrue(
                        operation.getString("summary", "").matches(".*[А-Яа-яЁё].*"),
                        "a Russian summary: " + method + " " + path);
            }
        });
        assertEquals(expected.keySet(), paths.keySet(), "nothing else is described");
        assertTrue(document.getJsonObject("components")
                .getJsonObject("securitySchemes")
                .containsKey("token"));
        assertTrue(answer.body().contains("Кузнецов") || answer.body().contains("Алексеева"), "examples");
    }

    private List<String[]> endpoints(long child, long period, long message) {
        String c = "api/v1/children/" + child;
        return List.of(
                new String[] {"GET", "api/v1/children"},
                new String[] {"GET", c + "/week"},
                new String[] {"GET", c + "/periods"},
                new String[] {"GET", c + "/periods/" + period},
                new String[] {
                    "GET",
                    c + "/periods/" + period + "/subjects/"
                            + "%D0%9C%D0%B0%D1%82%D0%B5%D0%BC%D0%B0%D1%82%D0%B8%D0%BA%D0%B0"
                },
                new String[] {"GET", c + "/periods/" + period + "/grades"},
                new String[] {"GET", c + "/timetable"},
                new String[] {"GET", "api/v1/messages"},
                new String[] {"GET", "api/v1/messages/" + message},
                new String[] {"POST", "api/v1/messages/" + message + "/read"});
    }

    private String create(String login, Set<String> roles) throws Exception {
        return Caller.as(login, roles, () -> tokens.create("Тест", 30)).token();
    }

    /** A token written straight into the table, as no service would issue it (a teacher's, an expired one). */
    private String insert(String login, Instant expiresAt) {
        String token = AccessTokens.generate();
        tx.call(em -> {
            em.persist(new PersonalAccessToken(
                    account(em, login),
                    "Вставлен тестом",
                    AccessTokens.hash(token),
                    token.substring(0, AccessTokens.SHOWN),
                    Instant.now().minusSeconds(7200),
                    expiresAt));
            return null;
        });
        return token;
    }

    /** Signs in on the login page; the session cookie of the signed-in session. */
    private static String signIn(String login) throws Exception {
        Map<String, String> cookies = new LinkedHashMap<>();
        HttpResponse<String> loginPage =
                send(HttpRequest.newBuilder(URI.create(BASE + "login.xhtml")).GET(), cookies);
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(loginPage.body());
        assertTrue(state.find(), loginPage.body());
        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(loginPage.body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginForm", "loginForm");
        form.put("loginForm:login", login);
        form.put("loginForm:password", Fixture.PASSWORD);
        form.put("loginForm:submit", "");
        form.put("jakarta.faces.ViewState", state.group(1));
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpResponse<String> signedIn = send(
                HttpRequest.newBuilder(URI.create(BASE + "login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())),
                cookies);
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        HttpResponse<String> home = send(
                HttpRequest.newBuilder(URI.create(BASE + "parent/diary.xhtml")).GET(), cookies);
        assertEquals(200, home.statusCode(), "the session is signed in");
        HttpResponse<String> page = send(
                HttpRequest.newBuilder(URI.create(BASE + "account/tokens.xhtml"))
                        .GET(),
                cookies);
        assertEquals(200, page.statusCode());
        assertTrue(
                page.body().contains("Токены доступа к API дневника")
                        && page.body().contains("tokensForm:create"),
                "the parent's tokens page");
        return cookies.get("JSESSIONID");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> cookies)
            throws Exception {
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((k, v) -> header.append(header.isEmpty() ? "" : "; ")
                    .append(k)
                    .append('=')
                    .append(v));
            request.header("Cookie", header.toString());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            String pair = cookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return response;
    }

    private static HttpResponse<String> call(String[] endpoint, String token, String session) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + endpoint[1]))
                .method(endpoint[0], HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return call(new String[] {"GET", path}, token, null);
    }

    private static HttpResponse<String> post(String path, String token) throws Exception {
        return call(new String[] {"POST", path}, token, null);
    }

    private static JsonObject object(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.uri() + ": " + response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.uri() + ": " + response.body());
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static UserAccount account(jakarta.persistence.EntityManager em, String login) {
        return em.createNamedQuery("UserAccount.findByLogin", UserAccount.class)
                .setParameter("login", login)
                .getSingleResult();
    }
}
