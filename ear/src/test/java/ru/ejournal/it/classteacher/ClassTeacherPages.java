package ru.ejournal.it.classteacher;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ru.ejournal.it.browser.Browser;
import ru.ejournal.it.browser.LoginPage;

/** The class teacher's screens as a person uses them: open, type, choose, press, read. */
public final class ClassTeacherPages {

    private final Browser browser;
    private final URL base;

    public ClassTeacherPages(Browser browser, URL base) {
        this.browser = browser;
        this.base = base;
    }

    public WebDriver d() {
        return browser.driver();
    }

    public void signIn(String login, String password, String landing) {
        d().manage().deleteAllCookies();
        new LoginPage(browser, base).open().signIn(login, password);
        browser.waitForUrl(landing);
    }

    /** Signs in on the same browser (the device cookie stays), as a person sharing a computer would. */
    public void signInOnThisDevice(String login, String password, String landing) {
        new LoginPage(browser, base).open().signIn(login, password);
        browser.waitForUrl(landing);
    }

    public void signOut() {
        byId("topbarForm:logout").click();
        browser.waitForUrl("/login.xhtml");
    }

    public void go(String path) {
        d().get(base + path);
    }

    /** The element once it is visible; on a timeout, a failure with what the page showed and its screenshot. */
    public WebElement byId(String id) {
        try {
            return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("failed-" + id.replace(':', '-'));
            throw new AssertionError(
                    "«" + id + "» was not shown on " + d().getCurrentUrl() + "; the page showed: " + pageText(), e);
        }
    }

    public void type(String id, String text) {
        WebElement input = byId(id);
        input.clear();
        input.sendKeys(text);
    }

    public void press(String id) {
        byId(id).click();
        browser.waitForAjax();
    }

    public void click(WebElement element) {
        element.click();
        browser.waitForAjax();
    }

    /** Chooses an item of a PrimeFaces select menu by its visible label. */
    public void choose(String menuId, String label) {
        for (int attempt = 0; attempt < 3; attempt++) {
            WebElement menu = byId(menuId);
            ((org.openqa.selenium.JavascriptExecutor) d())
                    .executeScript("arguments[0].scrollIntoView({block:'center'})", menu);
            try {
                menu.click();
            } catch (org.openqa.selenium.WebDriverException notYet) {
                browser.waitForAjax();
                continue;
            }
            WebElement item = browser.waiting()
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                            "[id='" + menuId + "_panel'] li.ui-selectonemenu-item[data-label='" + label + "']")));
            try {
                item.click();
            } catch (org.openqa.selenium.WebDriverException stillOpening) {
                ((org.openqa.selenium.JavascriptExecutor) d()).executeScript("arguments[0].click()", item);
            }
            try {
                new org.openqa.selenium.support.ui.WebDriverWait(d(), java.time.Duration.ofSeconds(3))
                        .until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
                browser.waitForAjax();
                return;
            } catch (org.openqa.selenium.TimeoutException retry) {
                browser.waitForAjax();
            }
        }
        throw new AssertionError("Could not choose «" + label + "» in " + menuId);
    }

    /** Chooses the last item of a PrimeFaces select menu; returns its label. */
    public String chooseLast(String menuId) {
        byId(menuId).click();
        List<WebElement> items = browser.waiting()
                .until(ExpectedConditions.visibilityOfAllElementsLocatedBy(
                        By.cssSelector("[id='" + menuId + "_panel'] li.ui-selectonemenu-item")));
        WebElement last = items.get(items.size() - 1);
        String label = last.getAttribute("data-label");
        last.click();
        browser.waitForAjax();
        return label;
    }

    public String text(String id) {
        return byId(id).getText();
    }

    public String pageText() {
        return d().findElement(By.tagName("body")).getText();
    }

    /** Waits until the page shows the text; on a timeout keeps a screenshot of what it showed instead. */
    public void waitForText(String text) {
        try {
            browser.waiting().until(x -> pageText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("failed-" + Integer.toHexString(text.hashCode()));
            throw new AssertionError("The page did not show «" + text + "»; it showed: " + pageText(), e);
        }
    }

    /** The links to the student cards on the roster, in order. */
    public List<WebElement> studentLinks() {
        return browser.waiting()
                .until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector("a.student-link")));
    }
}
