package ru.ejournal.it.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ru.ejournal.it.browser.DemoBrowserTest;
import ru.ejournal.it.browser.LoginPage;

/** The mass mark-change alert's settings and page in the demo school, through the browser. */
class MarkAlertBrowserIT extends DemoBrowserTest {

    private static final String PASSWORD = "demo2026";
    private static final String THRESHOLD = "markAlertForm:markAlertThreshold";

    @Test
    @DisplayName("The administrator is told in Russian that a threshold of 0 is refused; the stored one stays")
    void thresholdIsValidated() {
        new LoginPage(browser, base).open().signIn("admin", PASSWORD);
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
        new LoginPage(browser, base).open().signIn("zavuch", PASSWORD);
        browser.waitForUrl("/deputy/home.xhtml");
        browser.driver().get(base + "deputy/mark-alerts.xhtml");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("alertsForm:alerts")));
        assertEquals(
                "Массовые изменения отметок",
                browser.driver().findElement(By.id("pageTitle")).getText());
        browser.screenshot("mark-alerts");
    }

    private void open() {
        browser.driver().get(base + "admin/monitoring-settings.xhtml");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(THRESHOLD + "_input")));
    }

    private String value() {
        return browser.driver().findElement(By.id(THRESHOLD + "_input")).getAttribute("value");
    }
}
