package ru.ejournal.it.a11y;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import ru.ejournal.it.browser.Axe;
import ru.ejournal.it.browser.DemoBrowserTest;
import ru.ejournal.it.browser.LoginPage;

/**
 * axe-core's WCAG 2 A/AA rules on the sign-in page and on the main pages of every role: no serious or
 * critical violation (each one found is printed with its nodes).
 */
class AccessibilityBrowserIT extends DemoBrowserTest {

    private final List<String> found = new ArrayList<>();

    private void check(String page) {
        browser.driver().get(base + page);
        browser.waiting().until(d -> d.findElements(By.tagName("main")).size() > 0);
        browser.waitForAjax();
        for (String v : Axe.seriousViolations(browser)) {
            found.add(page + ": " + v);
        }
    }

    private void signIn(String login) {
        LoginPage.signInAs(browser, base, login);
    }

    private void assertNone() {
        found.forEach(System.out::println);
        assertTrue(found.isEmpty(), found.size() + " serious or critical violations:\n" + String.join("\n", found));
    }

    @Test
    @DisplayName("The sign-in page")
    void loginPage() {
        check("login.xhtml");
        assertNone();
    }

    @Test
    @DisplayName("The administrator's home page")
    void admin() {
        signIn("admin");
        check("admin/home.xhtml");
        assertNone();
    }

    @Test
    @DisplayName("The deputy director's home page and the list of violations")
    void deputy() {
        signIn("zavuch");
        check("deputy/home.xhtml");
        check("deputy/violations.xhtml");
        assertNone();
    }

    @Test
    @DisplayName("A subject teacher's home page and grade book")
    void teacher() {
        signIn("popov");
        check("teacher/home.xhtml");
        check("teacher/gradebook.xhtml");
        assertNone();
    }

    @Test
    @DisplayName("A class teacher's home page and class dashboard")
    void classTeacher() {
        signIn("ivanova");
        check("teacher/home.xhtml");
        check("teacher/class/dashboard.xhtml");
        assertNone();
    }

    @Test
    @DisplayName("The parent's home page, diary (with the absence notice form) and messages")
    void parent() {
        signIn("parent");
        check("parent/home.xhtml");
        check("parent/diary.xhtml");
        check("parent/messages.xhtml");
        assertNone();
    }

    @Test
    @DisplayName("The student's home page and diary")
    void student() {
        signIn("student");
        check("student/home.xhtml");
        check("student/diary.xhtml");
        assertNone();
    }
}
