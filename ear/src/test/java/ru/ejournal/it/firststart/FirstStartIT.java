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
import org.openqa.selenium.By;

/**
 * Issue 10 §0: a real installation (no demo) starts on an empty database; the first region
 * administrator signs in with the one-time password from the server log, must change it, and reaches
 * the region's home page; a restart creates nobody else. Runs outside Arquillian:
 * {@code mvn -B -ntp verify -pl ear -am -Dit.test=FirstStartIT}.
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

        signIn(firstLogin, firstPassword);
        browser.waitForUrl("/account/password.xhtml");
        browser.driver().get(base + "region/schools.xhtml");
        browser.waitForUrl("/account/password.xhtml");
        changeOneTimePassword(firstPassword, NEW_PASSWORD);

        browser.waitForUrl("/region/home.xhtml");
        assertEquals(
                "Администратор региона",
                browser.driver().findElement(By.id("homeTitle")).getText());
        browser.driver().findElement(By.id("schoolsLink")).click();
        browser.waitForUrl("/region/schools.xhtml");
        assertTrue(browser.driver().getPageSource().contains("В регионе ещё нет школ"));

        signIn(firstLogin, NEW_PASSWORD);
        browser.waitForUrl("/region/home.xhtml");
        assertEquals(401, basicAuth(firstLogin, firstPassword), "the one-time password is gone");

        server.stop();
        server.start();
        assertEquals(1, firstSignInLines().size(), "a restart creates no second administrator");
        signIn(firstLogin, NEW_PASSWORD);
        browser.waitForUrl("/region/home.xhtml");
    }

    private static int basicAuth(String login, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/batch/executions/1"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
