package ru.ejournal.it.firststart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 §0: a real installation (no demo) starts on an empty database; the first region
 * administrator signs in through the login page with the one-time password from the server log, must
 * change it, and reaches the region's home page; a restart creates nobody else. Runs outside
 * Arquillian: {@code mvn -B -ntp verify -pl ear -am -Dit.test=FirstStartIT}.
 */
class FirstStartIT extends EmptyDatabaseServer {

    private static final String NEW_PASSWORD = "Region-Admin-2026";

    @Test
    @DisplayName(
            "On an empty database the first region admin signs in with the logged one-time password, must change it,"
                    + " reaches the region's home page; a restart creates no second one")
    void firstRegionAdministratorSignsIn() throws Exception {
        assertEquals("region-admin", firstLogin);
        assertEquals(10, firstPassword.length());

        WebSession admin = newSession().signIn(firstLogin, firstPassword);
        assertEquals("/account/password.xhtml", admin.path(), "forced to change the one-time password");
        assertEquals(
                "/account/password.xhtml", admin.open("region/schools.xhtml").path(), "nowhere else first");
        admin.changePassword(firstPassword, NEW_PASSWORD);

        assertEquals("/region/home.xhtml", admin.path(), admin.html());
        assertTrue(admin.html().contains("Администратор региона"), admin.html());
        admin.open("region/schools.xhtml");
        assertEquals(200, admin.status());
        assertTrue(admin.html().contains("В регионе ещё нет школ"), admin.html());

        assertEquals(
                "/region/home.xhtml",
                newSession().signIn(firstLogin, NEW_PASSWORD).path());
        assertEquals(401, basicAuth(firstLogin, firstPassword), "the one-time password is gone");
        assertEquals(400, basicAuth(firstLogin, NEW_PASSWORD), "signed in: only the job is unknown");

        server.stop();
        server.start();
        assertEquals(1, firstSignInLines().size(), "a restart creates no second administrator");
        assertEquals(
                "/region/home.xhtml",
                newSession().signIn(firstLogin, NEW_PASSWORD).path());
    }

    /** The batch API's answer to HTTP Basic credentials for an unknown job: 401 when they are wrong, else 400. */
    private static int basicAuth(String login, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/batch/jobs/no-such-job"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
