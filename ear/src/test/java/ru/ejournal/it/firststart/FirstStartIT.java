package ru.ejournal.it.firststart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 10 §0: a real installation (no demo) starts on an empty database; the first region
 * administrator signs in through the login page with the one-time password from the server log, must
 * change it, and reaches the region's home page; a restart creates nobody else. Runs outside
 * Arquillian: {@code mvn -B -ntp verify -pl ear -am -Dit.test=FirstStartIT}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStartIT extends EmptyDatabaseServer {

    private static final String NEW_PASSWORD = "Oblast-Parol-2026";

    @Test
    @Order(1)
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
        regionAdminPassword = NEW_PASSWORD;

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

    @Test
    @Order(2)
    @DisplayName(
            "The region admin creates a school and its administrator on the region's screens; the administrator signs"
                    + " in with the one-time password shown once, must change it and reaches the school's home page")
    void regionAdminCreatesSchoolAndItsAdministrator() throws Exception {
        WebSession region = regionAdmin();
        assertEquals("/region/home.xhtml", region.path());
        assertEquals(
                "/admin/batch/jobs.xhtml", region.open("admin/batch/jobs.xhtml").path(), "the batch screen too");
        assertEquals(200, region.status());

        region.open("region/school.xhtml")
                .submit(
                        "schoolForm",
                        Map.of("code", "S1", "name", "", "address", "", "periodType_input", "QUARTERS"),
                        "save");
        assertTrue(region.html().contains("Укажите название школы"), region.html());
        region.submit(
                "schoolForm",
                Map.of(
                        "code", "S1",
                        "name", "МБОУ «СОШ № 1»",
                        "address", "г. Энск, ул. Школьная, 1",
                        "periodType_input", "TRIMESTERS"),
                "save");
        assertTrue(region.html().contains("Школа создана"), region.html());
        region.submit(
                "adminForm",
                Map.of(
                        "lastName", "Орлова",
                        "firstName", "Вера",
                        "patronymic", "Павловна",
                        "position", "Директор",
                        "email", "",
                        "phone", ""),
                "createAdmin");
        String login = region.find("<span class=\"issued-login\">([^<]+)</span>");
        String password = region.find("<span class=\"issued-password\">([^<]+)</span>");
        assertEquals("orlova.v", login);
        assertTrue(region.html().contains("Учётная запись администратора школы создана"), "the history shows it");
        region.submit("adminForm", Map.of(), "printSlips");
        assertTrue(region.html().startsWith("%PDF-"), "the printable slip");
        assertTrue(region.open("region/schools.xhtml").html().contains("МБОУ «СОШ № 1»"));

        WebSession schoolAdmin = newSession().signIn(login, password);
        assertEquals("/account/password.xhtml", schoolAdmin.path());
        schoolAdmin.changePassword(password, "Shkola-Parol-2026");
        assertEquals("/admin/home.xhtml", schoolAdmin.path(), schoolAdmin.html());
        assertTrue(schoolAdmin.html().contains("МБОУ «СОШ № 1»"), "the school's own name in the top bar");
        assertEquals(403, schoolAdmin.open("region/schools.xhtml").status(), "not the region's screens");
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
