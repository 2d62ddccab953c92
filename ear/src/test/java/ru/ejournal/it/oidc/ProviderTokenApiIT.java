package ru.ejournal.it.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.common.control.BusinessException;
import ru.ejournal.history.entity.ChangeRecord;
import ru.ejournal.it.support.Caller;
import ru.ejournal.it.support.Deployments;
import ru.ejournal.it.support.Fixture;
import ru.ejournal.it.support.TestSchools;
import ru.ejournal.it.support.Tx;
import ru.ejournal.security.boundary.ClientInfo;
import ru.ejournal.security.boundary.ExternalIdentityService;
import ru.ejournal.security.boundary.SignInResult;
import ru.ejournal.security.boundary.SignInService;
import ru.ejournal.security.control.AccessDeniedException;
import ru.ejournal.security.entity.UserAccount;

/**
 * Keycloak's access tokens on the e-diary API ({@code /api/v1}), against a real Keycloak ({@link KeycloakServer},
 * {@code -Pkeycloak}): a token of the journal's client for a user linked to a parent opens the parent's children;
 * a token with its payload altered (another subject, a later expiry, an expired one), a token of another client
 * (another audience), a token of a user linked to no account and a linked teacher's token are refused. And the
 * link itself: the administrator of another school may not set it, one subject opens one account, every change
 * is in the history, a sign-in with an unknown subject creates nothing.
 */
@ExtendWith(KeycloakServer.class)
@ExtendWith(ArquillianExtension.class)
class ProviderTokenApiIT {

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
    ExternalIdentityService identities;

    @Inject
    SignInService signIn;

    Fixture f;
    String token;
    String subject;

    @BeforeEach
    void linkParent() throws Exception {
        f = schools.create();
        token = KeycloakServer.accessToken(
                KeycloakServer.CLIENT, KeycloakServer.SECRET, "kc-api-parent", "Kc-api-2026");
        subject = KeycloakServer.claim(token, "sub");
        // an earlier test's school may hold the link: one subject opens one account
        tx.call(em -> em.createQuery("update UserAccount a set a.externalSubject = null where a.externalSubject = :s")
                .setParameter("s", subject)
                .executeUpdate());
        Caller.run(f.admin(), Fixture.ADMIN, () -> identities.setByAdmin(f.parentA(), subject));
    }

    @Test
    @DisplayName("Keycloak's access token opens the API for the linked parent; forged and foreign tokens do not")
    void tokens() throws Exception {
        HttpResponse<String> ok = get("api/v1/children", token);
        assertEquals(200, ok.statusCode(), ok.body());
        JsonArray children = Json.createReader(new StringReader(ok.body())).readArray();
        assertEquals(1, children.size(), ok.body());
        assertEquals(f.studentA(), children.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(
                200, get("api/v1/children/" + f.studentA() + "/periods", token).statusCode());
        assertEquals(
                403, get("api/v1/children/" + f.studentB() + "/periods", token).statusCode(), "another child");

        String payload = KeycloakServer.payload(token);
        long exp = Long.parseLong(KeycloakServer.claim(token, "exp"));
        List<String> forged = List.of(
                KeycloakServer.withPayload(token, payload.replace(subject, "00000000-0000-0000-0000-000000000000")),
                KeycloakServer.withPayload(token, payload.replace("\"exp\":" + exp, "\"exp\":" + (exp + 86400))),
                KeycloakServer.withPayload(
                        token,
                        payload.replace(
                                "\"exp\":" + exp, "\"exp\":" + (Instant.now().getEpochSecond() - 3600))),
                token.substring(0, token.length() - 4) + "AAAA");
        for (String bad : forged) {
            HttpResponse<String> refused = get("api/v1/children", bad);
            assertEquals(401, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("Неверный токен доступа"), refused.body());
        }

        String otherAudience =
                KeycloakServer.accessToken("other-app", "other-app-secret", "kc-api-parent", "Kc-api-2026");
        assertEquals(subject, KeycloakServer.claim(otherAudience, "sub"));
        assertEquals(401, get("api/v1/children", otherAudience).statusCode(), "a token of another client");

        String stranger = KeycloakServer.accessToken(
                KeycloakServer.CLIENT, KeycloakServer.SECRET, "kc-stranger", "Kc-stranger-2026");
        assertEquals(401, get("api/v1/children", stranger).statusCode(), "a subject linked to no account");

        // a teacher's linked identity: the API is the families'
        String teacher = KeycloakServer.accessToken(
                KeycloakServer.CLIENT, KeycloakServer.SECRET, "kc-teacher", "Kc-teacher-2026");
        String teacherSubject = KeycloakServer.claim(teacher, "sub");
        tx.call(em -> em.createQuery("update UserAccount a set a.externalSubject = null where a.externalSubject = :s")
                .setParameter("s", teacherSubject)
                .executeUpdate());
        Caller.run(f.admin(), Fixture.ADMIN, () -> identities.setByAdmin(f.classTeacherA(), teacherSubject));
        assertEquals(403, get("api/v1/children", teacher).statusCode());

        // a blocked parent: refused
        tx.call(em -> {
            account(em, f.parentA()).setEnabled(false);
            return null;
        });
        assertEquals(401, get("api/v1/children", token).statusCode());
    }

    @Test
    @DisplayName("The provider's tokens of one account share a rate limit: 120 requests a minute, then 429")
    void rateLimit() throws Exception {
        // within two windows' worth of requests the limit must bite, whatever the other tests counted before
        HttpResponse<String> limited = null;
        for (int i = 0; i < 241 && limited == null; i++) {
            HttpResponse<String> answer = get("api/v1/children", token);
            if (answer.statusCode() == 429) {
                limited = answer;
            } else {
                assertEquals(200, answer.statusCode(), answer.body());
            }
        }
        assertTrue(limited != null, "no 429 within 241 requests");
        assertEquals("60", limited.headers().firstValue("Retry-After").orElse(""));
    }

    @Test
    @DisplayName("The link: the admin of another school may not set it, one subject one account, history kept")
    void link() throws Exception {
        assertEquals(subject, tx.call(em -> account(em, f.parentA()).getExternalSubject()));
        List<ChangeRecord> history = tx.call(em -> em.createQuery("""
                        select c from ChangeRecord c where c.entityType = 'UserAccount' and c.field = 'externalSubject'
                        and c.newValue = :s and c.school.id = :school""", ChangeRecord.class)
                .setParameter("s", subject)
                .setParameter("school", f.schoolId())
                .getResultList());
        assertEquals(1, history.size());
        assertEquals(f.admin(), history.get(0).getChangedBy());

        Exception foreign = assertThrows(
                Exception.class,
                () -> Caller.run(f.otherSchoolAdmin(), Fixture.ADMIN, () -> identities.setByAdmin(f.parentA(), null)));
        assertTrue(rootCause(foreign) instanceof AccessDeniedException, foreign.toString());
        Exception teacher = assertThrows(
                Exception.class,
                () -> Caller.run(
                        f.classTeacherA(), Fixture.CLASS_TEACHER, () -> identities.setByAdmin(f.parentA(), null)));
        assertTrue(
                teacher instanceof jakarta.ejb.EJBAccessException
                        || rootCause(teacher) instanceof jakarta.ejb.EJBAccessException,
                teacher.toString());
        Exception taken = assertThrows(
                Exception.class,
                () -> Caller.run(f.studentALogin(), Fixture.STUDENT, () -> identities.linkMine(subject)));
        assertTrue(rootCause(taken) instanceof BusinessException, taken.toString());
        assertNull(tx.call(em -> account(em, f.studentALogin()).getExternalSubject()));

        // a sign-in with the subject: the linked account; with an unknown one: refused, nothing created
        ClientInfo client = new ClientInfo("127.0.0.9", "test", null);
        SignInResult result = signIn.signInBySubject(subject, client);
        assertEquals(SignInResult.Outcome.SUCCESS, result.outcome());
        assertEquals(f.parentA(), result.login());
        long accounts = tx.call(em ->
                em.createQuery("select count(a) from UserAccount a", Long.class).getSingleResult());
        assertEquals(
                SignInResult.Outcome.UNKNOWN_SUBJECT,
                signIn.signInBySubject("no-such-subject", client).outcome());
        Long after = tx.call(em ->
                em.createQuery("select count(a) from UserAccount a", Long.class).getSingleResult());
        assertEquals(accounts, after.longValue(), "no account created");

        // the owner clears it
        Caller.run(f.parentA(), Fixture.PARENT, () -> identities.unlinkMine());
        assertNull(tx.call(em -> account(em, f.parentA()).getExternalSubject()));
        assertEquals(401, get("api/v1/children", token).statusCode(), "unlinked: the token opens nothing");
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t instanceof EJBException ejb && ejb.getCausedByException() != null) {
            t = ejb.getCausedByException();
        }
        while (t.getCause() != null
                && t.getCause() != t
                && !(t instanceof BusinessException)
                && !(t instanceof AccessDeniedException)) {
            t = t.getCause();
        }
        return t;
    }

    private static UserAccount account(jakarta.persistence.EntityManager em, String login) {
        return em.createNamedQuery("UserAccount.findByLogin", UserAccount.class)
                .setParameter("login", login)
                .getSingleResult();
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(BASE + path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
