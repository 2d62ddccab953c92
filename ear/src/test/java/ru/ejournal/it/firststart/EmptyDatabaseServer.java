package ru.ejournal.it.firststart;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import ru.ejournal.it.batch.ServerProcess;
import ru.ejournal.it.browser.Browser;
import ru.ejournal.it.browser.LoginPage;

/**
 * A real installation's first start, for tests: a WildFly of the test class's own (under
 * {@code ear/target/first-start-test}, port offset = test management port − 9990 + 41) on an EMPTY
 * H2 database with {@code ejournal.demo=false}, started once per test class; the first region
 * administrator's login and one-time password read from its server log. A subclass walks on from
 * there, over HTTP with a {@link WebSession} ({@link #newSession()}, {@link #firstSignIn(String)}) or
 * in a headless browser ({@link #browser()}, opened on first use and closed after each test;
 * {@link #signIn(String, String)}, {@link #changeOneTimePassword(String, String)} and
 * {@link #signInFirstTime(String)}) for anyone the walk creates: a school administrator with their
 * slip's password, a teacher, a parent.
 */
public abstract class EmptyDatabaseServer {

    /** The line {@code FirstStart} writes to the server log, once per installation. */
    protected static final Pattern FIRST_SIGN_IN =
            Pattern.compile("Первый вход: логин (\\S+), одноразовый пароль (\\S+)");

    protected static ServerProcess server;
    protected static URL base;
    protected static String firstLogin;
    protected static String firstPassword;

    private Browser browser;

    @BeforeAll
    static void startOnEmptyDatabase() throws Exception {
        Path target = Path.of(System.getProperty("ejournal.ear", "target/ejournal.ear"))
                .toAbsolutePath()
                .getParent();
        int offset = Integer.getInteger("test.management.port", 9990) - 9990 + 41;
        server = new ServerProcess(
                        Path.of(System.getProperty("jboss.home")),
                        Path.of(System.getProperty("ejournal.ear")),
                        target.resolve("first-start-test"),
                        offset)
                .withoutDemo();
        server.start();
        base = server.baseUrl();
        List<String[]> lines = firstSignInLines();
        if (lines.size() != 1) {
            throw new IllegalStateException(
                    "expected one first sign-in line in " + server.serverLog() + ", found " + lines.size());
        }
        firstLogin = lines.get(0)[0];
        firstPassword = lines.get(0)[1];
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** The test's headless browser (Debian's chromium and chromedriver), opened on first use. */
    protected Browser browser() {
        if (browser == null) {
            browser = new Browser();
        }
        return browser;
    }

    /** A new person at the journal over HTTP, with a session of their own. */
    protected WebSession newSession() {
        return new WebSession(base);
    }

    /** The region administrator's own password once the first sign-in has changed the logged one. */
    protected static String regionAdminPassword;

    /**
     * Over HTTP: the region administrator, signed in; the first call of a test class makes the first
     * sign-in (the logged one-time password changed to {@code Oblast-Parol-2026}).
     */
    protected WebSession regionAdmin() throws Exception {
        if (regionAdminPassword == null) {
            return firstSignIn("Oblast-Parol-2026");
        }
        return newSession().signIn(firstLogin, regionAdminPassword);
    }

    /** Over HTTP: the region administrator's first sign-in with the logged password, changed to a new one. */
    protected WebSession firstSignIn(String newPassword) throws Exception {
        WebSession session = newSession().signIn(firstLogin, firstPassword);
        if (!session.path().equals("/account/password.xhtml")) {
            throw new IllegalStateException("not sent to the password page but to " + session.path());
        }
        session.changePassword(firstPassword, newPassword);
        regionAdminPassword = newPassword;
        return session;
    }

    /** Every "first sign-in" line of the server log so far, as {login, password}. */
    protected static List<String[]> firstSignInLines() throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Files.exists(server.serverLog()) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        return Files.readAllLines(server.serverLog(), StandardCharsets.UTF_8).stream()
                .map(FIRST_SIGN_IN::matcher)
                .filter(Matcher::find)
                .map(m -> new String[] {m.group(1), m.group(2)})
                .toList();
    }

    /** Signs in on the login page (any earlier session dropped) and waits to leave it. */
    protected void signIn(String login, String password) {
        Browser browser = browser();
        browser.driver().manage().deleteAllCookies();
        new LoginPage(browser, base).open().signIn(login, password);
        browser.waiting().until(d -> !d.getCurrentUrl().contains("login"));
    }

    /**
     * On the forced password page after a sign-in with a one-time password: types the old and the new
     * password and waits until the journal lets the person in (their home page).
     */
    protected void changeOneTimePassword(String oneTimePassword, String newPassword) {
        Browser browser = browser();
        browser.waitForUrl("/account/password.xhtml");
        WebDriver d = browser.driver();
        type("passwordForm:current", oneTimePassword);
        type("passwordForm:newPassword", newPassword);
        type("passwordForm:repeated", newPassword);
        d.findElement(By.id("passwordForm:change")).click();
        browser.waiting().until(w -> !w.getCurrentUrl().contains("/account/password"));
    }

    /** The region administrator's first sign-in: the logged one-time password, then a new one. */
    protected void signInFirstTime(String newPassword) {
        signIn(firstLogin, firstPassword);
        changeOneTimePassword(firstPassword, newPassword);
    }

    protected void type(String id, String value) {
        var input = browser().driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }
}
