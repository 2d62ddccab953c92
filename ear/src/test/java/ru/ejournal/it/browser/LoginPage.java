package ru.ejournal.it.browser;

import java.net.URL;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The sign-in page as a person uses it. */
public final class LoginPage {

    private final Browser browser;
    private final URL base;

    public LoginPage(Browser browser, URL base) {
        this.browser = browser;
        this.base = base;
    }

    public LoginPage open() {
        browser.driver().get(base + "login.xhtml");
        return this;
    }

    /** Types the login and password and presses «Войти». */
    public void signIn(String login, String password) {
        WebDriver d = browser.driver();
        d.findElement(By.id("loginForm:login")).clear();
        d.findElement(By.id("loginForm:login")).sendKeys(login);
        d.findElement(By.id("loginForm:password")).sendKeys(password);
        d.findElement(By.id("loginForm:submit")).click();
    }

    /** Signs in afresh as a demo user (any earlier session dropped) and waits to leave the sign-in page. */
    public static void signInAs(Browser browser, URL base, String login) {
        browser.driver().manage().deleteAllCookies();
        new LoginPage(browser, base).open().signIn(login, "demo2026");
        browser.waiting().until(d -> !d.getCurrentUrl().contains("login"));
    }

    public String errorText() {
        return browser.driver().findElement(By.id("loginForm:loginMessages")).getText();
    }
}
