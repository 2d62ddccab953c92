package ru.ejournal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A person signs in through the real login page of the demo school. */
class LoginBrowserIT extends DemoBrowserTest {

    @Test
    @DisplayName("The demo class teacher signs in and lands on the teacher's home page")
    void classTeacherSignsIn() {
        LoginPage login = new LoginPage(browser, base).open();
        browser.screenshot("login");
        assertTrue(browser.driver().getPageSource().contains("Вход в систему"));

        login.signIn("ivanova", "demo2026");
        browser.waitForUrl("/teacher/home.xhtml");

        assertEquals(
                "Рабочий стол учителя",
                browser.driver().findElement(By.id("homeTitle")).getText());
        assertEquals(
                "Иванова Мария Петровна",
                browser.driver().findElement(By.id("currentUser")).getText());
        assertTrue(browser.driver().findElement(By.id("ownClass")).getText().startsWith("7Б"));
        browser.screenshot("teacher-home");
    }

    @Test
    @DisplayName("A wrong password keeps the person on the login page with a message in Russian")
    void wrongPasswordIsExplained() {
        LoginPage login = new LoginPage(browser, base).open();
        login.signIn("zavuch", "not-the-password");
        browser.waitForUrl("/login.xhtml");
        assertTrue(login.errorText().contains("Неверный логин или пароль"), login.errorText());
        browser.screenshot("login-refused");
    }

    @Test
    @DisplayName("/health reports the database as up, for the load balancer, without signing in")
    void healthReportsTheDatabase() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.toURI().resolve("health")).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"UP\",\"checks\":[{\"name\":\"database\",\"status\":\"UP\"}]}", response.body());
    }

    @Test
    @DisplayName("Each demo role lands on its own home page")
    void everyRoleHasAHome() {
        String[][] homes = {
            {"admin", "/admin/home.xhtml"},
            {"zavuch", "/deputy/home.xhtml"},
            {"popov", "/teacher/home.xhtml"},
            {"parent", "/parent/home.xhtml"},
            {"student", "/student/home.xhtml"}
        };
        for (String[] home : homes) {
            browser.driver().manage().deleteAllCookies();
            new LoginPage(browser, base).open().signIn(home[0], "demo2026");
            browser.waitForUrl(home[1]);
            browser.screenshot("home-" + home[0]);
        }
        browser.driver().get(base + "admin/home.xhtml");
        assertTrue(browser.driver().getPageSource().contains("Нет доступа"), "a student is refused the admin page");
    }
}
