package ru.ejournal.it.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ru.ejournal.it.browser.DemoBrowserTest;
import ru.ejournal.it.browser.LoginPage;

/** The administrator's monitoring settings page of the demo school, used through the browser. */
class MonitoringSettingsBrowserIT extends DemoBrowserTest {

    private static final String PASSWORD = "demo2026";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String FIELD = "settingsForm:marksDeadlineDays";

    @Test
    @DisplayName(
            "The administrator is told in Russian that 45 days is too long, saves a valid deadline and sees it after reload")
    void adminChangesTheMarksDeadline() {
        new LoginPage(browser, base).open().signIn("admin", PASSWORD);
        browser.waitForUrl("/admin/home.xhtml");
        open();
        String original = value();
        String changed = "3".equals(original) ? "5" : "3";

        type("45");
        save();
        String message = browser.driver().findElement(By.id(FIELD + "Message")).getText();
        assertTrue(message.contains("Срок выставления оценок: от 0 до 30 учебных дней"), message);
        open();
        assertEquals(original, value(), "the invalid value was not saved");

        type(changed);
        save();
        assertTrue(browser.driver().getPageSource().contains("Настройки контроля журнала сохранены"));
        browser.screenshot("mon-settings");
        open();
        assertEquals(changed, value(), "the saved value is shown after reload");

        type(original);
        save();
        open();
        assertEquals(original, value(), "the demo school's deadline is restored");
    }

    private void open() {
        browser.driver().get(base + "admin/monitoring-settings.xhtml");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(FIELD + "_input")));
    }

    private String value() {
        return browser.driver().findElement(By.id(FIELD + "_input")).getAttribute("value");
    }

    private void type(String text) {
        WebElement input = browser.driver().findElement(By.id(FIELD + "_input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    private void save() {
        browser.driver().findElement(By.id("settingsForm:save")).click();
        browser.waitForAjax();
    }
}
