package ru.ejournal.it.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import ru.ejournal.it.browser.Browser;
import ru.ejournal.it.browser.LoginPage;
import ru.ejournal.it.support.Deployments;

/** The administrator's monitoring settings page of the demo school, used through the browser. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MonitoringSettingsBrowserIT {

    private static final String PASSWORD = "demo2026";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String FIELD = "settingsForm:marksDeadlineDays";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.realEar();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

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

    @Test
    @DisplayName("The administrator is refused a holiday that ends before it starts, adds a valid one and removes it")
    void adminAddsAndRemovesAHoliday() {
        new LoginPage(browser, base).open().signIn("admin", PASSWORD);
        browser.waitForUrl("/admin/home.xhtml");
        open();
        LocalDate from = LocalDate.now().plusYears(2).withMonth(6).withDayOfMonth(10);
        String name = "Проверочный карантин " + from.getYear();

        holiday(from.plusDays(2), from, name);
        browser.screenshot("mon-settings-holiday-refused");
        assertTrue(
                browser.driver().getPageSource().contains("Последний день раньше первого"), "the refusal is explained");
        assertFalse(tableText().contains(name), "nothing was added");

        setDate("holidaysForm:holidayTo_input", from.plusDays(2));
        setDate("holidaysForm:holidayFrom_input", from);
        browser.driver().findElement(By.id("holidaysForm:addHoliday")).click();
        browser.waitForAjax();
        open();
        assertTrue(tableText().contains(name), "the holiday is listed after reload: " + tableText());
        assertTrue(tableText().contains(DAY.format(from) + " — " + DAY.format(from.plusDays(2))), tableText());

        WebElement row = browser.driver().findElements(By.cssSelector("#holidaysForm\\:holidays_data tr")).stream()
                .filter(r -> r.getText().contains(name))
                .findFirst()
                .orElseThrow();
        row.findElement(By.cssSelector("button")).click();
        browser.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
        browser.waitForAjax();
        open();
        assertFalse(tableText().contains(name), "the holiday is removed");
    }

    private void holiday(LocalDate from, LocalDate to, String name) {
        browser.driver().findElement(By.id("holidaysForm:holidayName")).sendKeys(name);
        setDate("holidaysForm:holidayFrom_input", from);
        setDate("holidaysForm:holidayTo_input", to);
        browser.driver().findElement(By.id("holidaysForm:addHoliday")).click();
        browser.waitForAjax();
    }

    /** Fills a date field as typed text (the picker's pop-up can swallow keys typed into the next field). */
    private void setDate(String inputId, LocalDate date) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        "var input = document.getElementById(arguments[0]); input.value = arguments[1];"
                                + " input.dispatchEvent(new Event('change'));",
                        inputId,
                        DAY.format(date));
    }

    private String tableText() {
        return browser.driver().findElement(By.id("holidaysForm:holidays")).getText();
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
