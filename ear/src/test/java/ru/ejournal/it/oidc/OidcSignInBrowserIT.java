package ru.ejournal.it.oidc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.ejournal.it.browser.Browser;
import ru.ejournal.it.browser.DemoBrowserTest;
import ru.ejournal.it.browser.LoginPage;

/**
 * Sign-in through the region's identity provider, in headless Chromium against a real Keycloak
 * ({@link KeycloakServer}, {@code -Pkeycloak}): the demo parent links their Keycloak identity after a password
 * sign-in, then signs in with the button alone and lands on the e-diary (a new session id, PKCE S256 in the
 * request to the provider); a Keycloak user linked to no account is refused with a clear message.
 */
@ExtendWith(KeycloakServer.class)
class OidcSignInBrowserIT extends DemoBrowserTest {

    /** The journal on "localhost", the provider's host, so that the browser's cookies of both are one view. */
    private String journal() {
        return "http://localhost:" + base.getPort() + "/";
    }

    private WebDriverWait slow(Browser b) {
        return new WebDriverWait(b.driver(), Duration.ofSeconds(90));
    }

    /** On the provider's login page: types the user and password and presses the button. */
    private void keycloakSignIn(Browser b, String user, String password) {
        WebDriver d = b.driver();
        slow(b).until(x -> x.getCurrentUrl().startsWith(KeycloakServer.ISSUER)
                && !x.findElements(By.id("username")).isEmpty());
        d.findElement(By.id("username")).sendKeys(user);
        d.findElement(By.id("password")).sendKeys(password);
        d.findElement(By.id("kc-login")).click();
    }

    @Test
    @DisplayName("A parent links the Keycloak identity, then signs in through Keycloak and lands on the e-diary")
    void parentLinksAndSignsIn() {
        // 1. a password sign-in, then the link on «Вход через провайдера»
        browser.driver().get(journal() + "login.xhtml");
        new LoginPage(browser, base).signIn("parent", "demo2026");
        slow(browser).until(d -> d.getCurrentUrl().contains("/parent/"));
        browser.driver().get(journal() + "account/identity.xhtml");
        List<WebElement> unlink = browser.driver().findElements(By.id("identityForm:unlink"));
        if (!unlink.isEmpty()) { // a run before this one linked it
            unlink.get(0).click();
            slow(browser).until(d -> d.findElement(By.id("linkState")).getText().contains("не связана"));
        }
        assertTrue(browser.driver().findElement(By.id("linkState")).getText().contains("не связана"));
        browser.driver().findElement(By.id("identityForm:link")).click();
        keycloakSignIn(browser, "kc-parent", "Kc-parent-2026");
        slow(browser).until(d -> d.getCurrentUrl().contains("/account/identity.xhtml"));
        assertTrue(
                browser.driver()
                        .findElement(By.id("identityForm:oidcMessage"))
                        .getText()
                        .contains("Готово"),
                browser.driver().getPageSource());
        assertTrue(browser.driver().findElement(By.id("linkState")).getText().contains("связана с провайдером"));
        browser.screenshot("oidc-linked");

        // 2. a fresh browser: the button alone
        try (Browser fresh = new Browser()) {
            WebDriver d = fresh.driver();
            d.get(journal() + "login.xhtml");
            WebElement button = d.findElement(By.id("oidcSignIn"));
            assertEquals("Войти через Keycloak", button.getText());
            button.click();
            slow(fresh).until(x -> x.getCurrentUrl().startsWith(KeycloakServer.ISSUER));
            String authorization = d.getCurrentUrl();
            assertTrue(authorization.contains("code_challenge_method=S256"), authorization);
            assertTrue(authorization.contains("code_challenge="), authorization);
            assertTrue(authorization.contains("state=") && authorization.contains("nonce="), authorization);
            assertTrue(authorization.contains("response_type=code"), authorization);
            Cookie before = d.manage().getCookieNamed("JSESSIONID");
            assertNotNull(before, "the flow's session");
            keycloakSignIn(fresh, "kc-parent", "Kc-parent-2026");
            slow(fresh).until(x -> x.getCurrentUrl().contains("/parent/home.xhtml"));
            assertFalse(d.getPageSource().contains("Вход в систему"));
            assertTrue(d.findElement(By.id("currentUser")).getText().length() > 3);
            assertNotEquals(
                    before.getValue(),
                    d.manage().getCookieNamed("JSESSIONID").getValue(),
                    "a new session id at the sign-in");
            fresh.screenshot("oidc-parent-diary");
            // the e-diary itself opens in this session
            d.get(journal() + "parent/diary.xhtml");
            assertFalse(d.getCurrentUrl().contains("login"), d.getCurrentUrl());
        }
    }

    @Test
    @DisplayName("A Keycloak user linked to no account is refused with a clear message; nothing is created")
    void unknownSubjectIsRefused() {
        WebDriver d = browser.driver();
        d.get(journal() + "login.xhtml");
        d.findElement(By.id("oidcSignIn")).click();
        keycloakSignIn(browser, "kc-stranger", "Kc-stranger-2026");
        slow(browser)
                .until(x -> x.getCurrentUrl().contains("/login.xhtml")
                        && !x.findElements(By.id("loginForm:oidcMessage")).isEmpty());
        String message = d.findElement(By.id("loginForm:oidcMessage")).getText();
        assertTrue(message.contains("не связана ни с одной учётной записью журнала"), message);
        browser.screenshot("oidc-unknown");
        // still not signed in: the parent's home is not shown
        d.get(journal() + "parent/home.xhtml");
        assertTrue(d.findElements(By.id("currentUser")).isEmpty(), d.getCurrentUrl());
    }
}
