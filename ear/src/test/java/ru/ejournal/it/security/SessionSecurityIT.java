package ru.ejournal.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.credentials.boundary.CredentialService;
import ru.ejournal.credentials.boundary.IssuedCredential;
import ru.ejournal.credentials.boundary.PasswordService;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.security.boundary.AccessControl;
import ru.ejournal.security.boundary.AccountService;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.UserAccount;
import ru.ejournal.student.boundary.StudentService;

/**
 * Sessions (ASVS V3) and the headers of every response (14.4), against the running application over
 * HTTP: a new session id at sign-in, sessions ended by a password change or reset and by the absolute
 * lifetime, the stateless HTTP API, the one-time password held below the web layer, cookie attributes.
 */
@ExtendWith(ArquillianExtension.class)
class SessionSecurityIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Inject
    TestSchools schools;

    @Inject
    Tx tx;

    @Inject
    PasswordService passwords;

    @Inject
    CredentialService credentials;

    @Inject
    AccountService accounts;

    @Inject
    AccessControl access;

    @Inject
    StudentService students;

    Fixture f;

    @BeforeEach
    void createSchool() {
        f = schools.create();
    }

    @Test
    @DisplayName("Sign-in gives a new session id: the id of the login page (perhaps planted) opens nothing")
    void signInRenewsSessionId() throws Exception {
        WebClient web = new WebClient();
        web.get("login.xhtml");
        String before = web.session();
        assertNotNull(before, "the login page starts a session");

        HttpResponse<String> home = web.signIn(f.classTeacherA(), Fixture.PASSWORD);

        assertFalse(WebClient.atLogin(home), home.uri().toString());
        assertNotEquals(before, web.session(), "a new session id after sign-in");
        WebClient attacker = new WebClient();
        attacker.cookies.put("JSESSIONID", before);
        assertTrue(WebClient.atLogin(attacker.open("index.xhtml")), "the old id is not signed in");
        assertFalse(WebClient.atLogin(web.open("index.xhtml")), "the new id is");
    }

    @Test
    @DisplayName("Signing in after asking for a protected page gives a new session id that stays signed in")
    void signInFromDeepLink() throws Exception {
        WebClient web = new WebClient();
        HttpResponse<String> asked = web.get("teacher/gradebook.xhtml");
        assertTrue(WebClient.atLogin(web.follow(asked)), "not signed in: to the login page");
        String before = web.session();

        HttpResponse<String> back = web.follow(web.submitLogin(f.classTeacherA(), Fixture.PASSWORD));

        assertFalse(WebClient.atLogin(back), "signed in: " + back.uri());
        assertEquals(200, back.statusCode());
        assertNotEquals(before, web.session(), "a new session id");
        assertFalse(WebClient.atLogin(web.open("index.xhtml")), "and it stays signed in");
    }

    @Test
    @DisplayName("A password change ends the account's other sessions; the changing session goes on with a new id")
    void passwordChangeEndsOtherSessions() throws Exception {
        WebClient other = new WebClient();
        other.signIn(f.admin(), Fixture.PASSWORD);
        WebClient changing = new WebClient();
        changing.signIn(f.admin(), Fixture.PASSWORD);
        assertFalse(WebClient.atLogin(other.open("index.xhtml")));

        String page = changing.get("account/password.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("passwordForm", "passwordForm");
        form.put("passwordForm:current", Fixture.PASSWORD);
        form.put("passwordForm:newPassword", "Novyi-parol-2027");
        form.put("passwordForm:repeated", "Novyi-parol-2027");
        form.put("passwordForm:change", "");
        form.put("jakarta.faces.ViewState", WebClient.viewState(page));
        String before = changing.session();
        HttpResponse<String> after = changing.follow(changing.post("account/password.xhtml", form));

        assertFalse(WebClient.atLogin(after), "the changing session goes on: " + after.uri());
        assertNotEquals(before, changing.session(), "with a new session id");
        assertTrue(WebClient.atLogin(other.open("index.xhtml")), "the other session has ended");
        assertFalse(WebClient.atLogin(changing.open("index.xhtml")));
    }

    @Test
    @DisplayName("A password reset by the class teacher ends the parent's sessions")
    void resetEndsSessions() throws Exception {
        WebClient parent = new WebClient();
        parent.signIn(f.parentA(), Fixture.PASSWORD);
        assertFalse(WebClient.atLogin(parent.open("index.xhtml")));
        long accountId = tx.call(em -> account(em, f.parentA()).getId());

        IssuedCredential issued =
                Caller.as(f.classTeacherA(), Fixture.CLASS_TEACHER, () -> credentials.resetPassword(accountId));

        assertNotNull(issued.password());
        assertTrue(WebClient.atLogin(parent.open("index.xhtml")), "the parent's session has ended");
    }

    @Test
    @DisplayName("A session ends after the absolute lifetime whatever its activity")
    void absoluteLifetime() throws Exception {
        WebClient web = new WebClient();
        web.signIn(f.deputy(), Fixture.PASSWORD);
        assertFalse(WebClient.atLogin(web.open("index.xhtml")));
        System.setProperty("ejournal.session.absolute.hours", "0");
        try {
            assertTrue(WebClient.atLogin(web.open("index.xhtml")), "past the lifetime the session has ended");
        } finally {
            System.clearProperty("ejournal.session.absolute.hours");
        }
        assertTrue(WebClient.atLogin(web.open("index.xhtml")), "and stays ended");
    }

    @Test
    @DisplayName("The HTTP API sets no session cookie, so no session can be taken from it to the pages")
    void apiIsStateless() throws Exception {
        WebClient api = new WebClient();
        // an unknown job: a signed-in administrator is told so (400), not refused (401, 403)
        HttpResponse<String> answer = api.send(basic(
                HttpRequest.newBuilder(URI.create(WebClient.BASE + "api/batch/jobs/no-such-job"))
                        .POST(HttpRequest.BodyPublishers.noBody()),
                f.admin(),
                Fixture.PASSWORD));
        assertTrue(answer.statusCode() != 401 && answer.statusCode() != 403, "signed in: " + answer.body());
        HttpResponse<String> refused = api.send(basic(
                HttpRequest.newBuilder(URI.create(WebClient.BASE + "api/batch/jobs/attendance-reconciliation"))
                        .POST(HttpRequest.BodyPublishers.noBody()),
                f.classTeacherA(),
                Fixture.PASSWORD));
        assertEquals(403, refused.statusCode(), refused.body());

        assertTrue(
                api.setCookies.stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "no session cookie: " + api.setCookies);
        assertTrue(WebClient.atLogin(api.open("teacher/gradebook.xhtml")), "the pages still need the login page");
    }

    @Test
    @DisplayName("An account with a one-time password can only change it: services, pages and the API refuse it")
    void oneTimePasswordHoldsEverywhere() throws Exception {
        tx.call(em -> {
            account(em, f.admin()).setMustChangePassword(true);
            return null;
        });

        AccessDeniedException refused = assertThrows(
                AccessDeniedException.class,
                () -> Caller.run(f.admin(), Fixture.ADMIN, () -> students.roster(f.classA())));
        assertEquals(AccessControl.ONE_TIME_PASSWORD, refused.getMessage());
        assertThrows(AccessDeniedException.class, () -> Caller.run(f.admin(), Fixture.ADMIN, () -> access.callerIds()));
        HttpResponse<String> api = new WebClient()
                .send(basic(
                        HttpRequest.newBuilder(URI.create(WebClient.BASE + "api/batch/jobs/attendance-reconciliation"))
                                .POST(HttpRequest.BodyPublishers.noBody()),
                        f.admin(),
                        Fixture.PASSWORD));
        assertEquals(403, api.statusCode());
        assertTrue(api.body().contains("одноразовый пароль"), api.body());
        WebClient web = new WebClient();
        HttpResponse<String> page = web.signIn(f.admin(), Fixture.PASSWORD);
        assertTrue(
                page.uri().getPath().endsWith("/account/password.xhtml"),
                page.uri().toString());

        assertEquals(
                f.admin(),
                Caller.as(f.admin(), Fixture.ADMIN, () -> accounts.me()).login(),
                "the own summary on the password page");
        Caller.run(
                f.admin(),
                Fixture.ADMIN,
                () -> passwords.changeOwnPassword(Fixture.PASSWORD, "Novyi-parol-2027", "Novyi-parol-2027"));
        assertFalse(Caller.as(f.admin(), Fixture.ADMIN, () -> students.roster(f.classA()))
                .isEmpty());
    }

    @Test
    @DisplayName("The session and device cookies are HttpOnly and SameSite=Lax")
    void cookieAttributes() throws Exception {
        WebClient web = new WebClient();
        web.signIn(f.studentALogin(), Fixture.PASSWORD);

        List<String> session =
                web.setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
        List<String> device = web.setCookies.stream()
                .filter(c -> c.startsWith("ejournal-device="))
                .toList();
        assertFalse(session.isEmpty(), web.setCookies.toString());
        assertFalse(device.isEmpty(), web.setCookies.toString());
        for (String cookie : concat(session, device)) {
            String lower = cookie.toLowerCase();
            assertTrue(lower.contains("samesite=lax"), cookie);
            assertTrue(lower.contains("httponly"), cookie);
            assertFalse(lower.contains("secure"), "no Secure unless ejournal.cookies.secure: " + cookie);
        }
    }

    @Test
    @DisplayName("Security headers on the login page, a Faces page, a servlet and the API")
    void securityHeaders() throws Exception {
        WebClient web = new WebClient();
        assertHeaders(web.get("login.xhtml"));
        HttpResponse<String> home = web.signIn(f.classTeacherA(), Fixture.PASSWORD);
        assertEquals(200, home.statusCode());
        assertHeaders(home);
        assertHeaders(web.get("health"));
        assertHeaders(new WebClient()
                .send(basic(
                        HttpRequest.newBuilder(URI.create(WebClient.BASE + "api/batch/executions/1"))
                                .GET(),
                        f.admin(),
                        Fixture.PASSWORD)));
    }

    private static void assertHeaders(HttpResponse<String> response) {
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'"), response.uri() + ": " + csp);
        assertTrue(csp.contains("script-src 'self'"), response.uri() + ": " + csp);
        assertTrue(csp.contains("object-src 'none'"), response.uri() + ": " + csp);
        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElse(""),
                response.uri().toString());
        assertEquals(
                "same-origin",
                response.headers().firstValue("Referrer-Policy").orElse(""),
                response.uri().toString());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static HttpRequest.Builder basic(HttpRequest.Builder request, String login, String password) {
        return request.header(
                "Authorization",
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private static UserAccount account(jakarta.persistence.EntityManager em, String login) {
        return em.createNamedQuery("UserAccount.findByLogin", UserAccount.class)
                .setParameter("login", login)
                .getSingleResult();
    }
}
