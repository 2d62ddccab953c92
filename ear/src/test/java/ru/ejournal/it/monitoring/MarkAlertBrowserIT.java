package ru.ejournal.it.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.ejournal.it.browser.DemoBrowserTest;
import ru.ejournal.it.browser.LoginPage;
import ru.ejournal.it.journal.GradeBookPage;

/** The mass mark-change alert's settings and page in the demo school, through the browser. */
class MarkAlertBrowserIT extends DemoBrowserTest {

    private static final String PASSWORD = "demo2026";
    private static final String THRESHOLD = "markAlertForm:markAlertThreshold";

    @Test
    @DisplayName("The administrator is told in Russian that a threshold of 0 is refused; the stored one stays")
    void thresholdIsValidated() {
        signIn("admin");
        browser.waitForUrl("/admin/home.xhtml");
        open();
        assertEquals("20", value(), "the default");

        WebElement input = browser.driver().findElement(By.id(THRESHOLD + "_input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys("0");
        browser.driver().findElement(By.id("markAlertForm:saveMarkAlert")).click();
        browser.waitForAjax();
        String message =
                browser.driver().findElement(By.id(THRESHOLD + "Message")).getText();
        assertTrue(message.contains("Порог тревоги об изменении отметок: от 1 до 500 отметок"), message);
        browser.screenshot("mark-alert-settings");
        open();
        assertEquals("20", value(), "nothing was saved");
    }

    @Test
    @DisplayName("The deputy director opens «Массовые изменения отметок» from the monitoring menu's page")
    void deputyOpensTheAlerts() {
        signIn("zavuch");
        browser.waitForUrl("/deputy/home.xhtml");
        browser.driver().get(base + "deputy/mark-alerts.xhtml");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("alertsForm:alerts")));
        assertEquals(
                "Массовые изменения отметок",
                browser.driver().findElement(By.id("pageTitle")).getText());
        browser.screenshot("mark-alerts");
    }

    @Test
    @DisplayName("With a threshold of 1, a teacher's two changed marks of past lessons become an alert within the"
            + " minute; the deputy director opens it, clicks «Отменить все изменения», confirms, and both marks are"
            + " back")
    void deputyRevertsInTheBrowser() {
        setThreshold("1");
        try {
            signIn("popov");
            browser.waitForUrl("/teacher/home.xhtml");
            GradeBookPage grid = new GradeBookPage(browser, base).open(null);
            int column = grid.lessonCount() - 2;
            String[] before = new String[2];
            int changed = 0;
            for (int row = 0; changed < 2; row++) {
                String text = grid.text(row, column);
                if (text.matches("[1-5]")) {
                    before[changed++] = row + ":" + text;
                    grid.select(row, column);
                    grid.type(text.equals("5") ? "2" : "5", Keys.ENTER);
                }
            }

            signIn("zavuch");
            browser.waitForUrl("/deputy/home.xhtml");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(150))
                    .pollingEvery(Duration.ofSeconds(5))
                    .until(d -> {
                        d.get(base + "deputy/mark-alerts.xhtml");
                        return d.findElement(By.id("alertsForm:alerts"))
                                .getText()
                                .contains("popov");
                    });
            WebElement row = browser.driver().findElements(By.cssSelector("[id='alertsForm:alerts_data'] tr")).stream()
                    .filter(r -> r.getText().contains("popov"))
                    .findFirst()
                    .orElseThrow();
            row.findElement(By.cssSelector("button[id$=':open']")).click();
            browser.waitForAjax();
            browser.waiting()
                    .until(d -> d.findElement(By.id("summary")).getText().contains("popov"));
            browser.driver().findElement(By.id("alertsForm:revert")).click();
            browser.waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirmdialog-yes")));
            browser.screenshot("mark-alert-confirm");
            browser.driver()
                    .findElement(By.cssSelector(".ui-confirmdialog-yes"))
                    .click();
            browser.waitForAjax();
            browser.waiting().until(d -> d.getPageSource().contains("Изменения отменены"));
            browser.screenshot("mark-alert-reverted");

            signIn("popov");
            browser.waitForUrl("/teacher/home.xhtml");
            GradeBookPage after = new GradeBookPage(browser, base).open(null);
            for (String cell : before) {
                int r = Integer.parseInt(cell.split(":")[0]);
                assertEquals(cell.split(":")[1], after.text(r, column), "the mark is back");
            }
        } finally {
            setThreshold("20");
        }
    }

    private void setThreshold(String value) {
        signIn("admin");
        browser.waitForUrl("/admin/home.xhtml");
        open();
        WebElement input = browser.driver().findElement(By.id(THRESHOLD + "_input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(value);
        browser.driver().findElement(By.id("markAlertForm:saveMarkAlert")).click();
        browser.waitForAjax();
        open();
        assertEquals(value, value());
    }

    /** Signs in afresh (the earlier session's cookie dropped). */
    private void signIn(String login) {
        browser.driver().manage().deleteAllCookies();
        new LoginPage(browser, base).open().signIn(login, PASSWORD);
    }

    private void open() {
        browser.driver().get(base + "admin/monitoring-settings.xhtml");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(THRESHOLD + "_input")));
    }

    private String value() {
        return browser.driver().findElement(By.id(THRESHOLD + "_input")).getAttribute("value");
    }
}
