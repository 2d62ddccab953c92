package ru.ejournal.it.monitoring;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.ejournal.it.browser.Browser;

/** The deputy director's violations page as a person uses it. */
final class ViolationsPage {

    private final Browser browser;
    private final URL base;

    ViolationsPage(Browser browser, URL base) {
        this.browser = browser;
        this.base = base;
    }

    ViolationsPage open() {
        browser.driver().get(base + "deputy/violations.xhtml");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("violationsForm:violations")));
        return this;
    }

    /** Opens the teacher filter and picks the teacher by full name. */
    ViolationsPage filterByTeacher(String fullName) {
        WebDriver d = browser.driver();
        d.findElement(By.id("violationsForm:teacher")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("violationsForm:teacher_panel")));
        By item = By.xpath("//*[@id='violationsForm:teacher_panel']//li[@data-label='" + fullName + "']");
        browser.waiting().until(ExpectedConditions.elementToBeClickable(item)).click();
        By label = By.id("violationsForm:teacher_label");
        try {
            new WebDriverWait(d, Duration.ofSeconds(5)).until(ExpectedConditions.textToBe(label, fullName));
        } catch (TimeoutException missed) {
            // The panel sometimes swallows a click while it is still opening: choose through the widget.
            ((JavascriptExecutor) d).executeScript("""
                    var name = arguments[0];
                    var menu = PrimeFaces.getWidgetById('violationsForm:teacher');
                    var option = Array.from(document.getElementById('violationsForm:teacher_input').options)
                        .find(function (o) { return o.text === name; });
                    menu.selectValue(option.value);
                    menu.hide();""", fullName);
            browser.waiting().until(ExpectedConditions.textToBe(label, fullName));
        }
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("violationsForm:teacher_panel")));
        return this;
    }

    /** Presses «Найти» and waits until the table has been replaced by the filtered one. */
    ViolationsPage search() {
        WebElement rows = browser.driver().findElement(By.id("violationsForm:violations_data"));
        browser.driver().findElement(By.id("violationsForm:search")).click();
        browser.waiting().until(ExpectedConditions.stalenessOf(rows));
        browser.waitForAjax();
        return this;
    }

    List<String> teacherCells() {
        return browser.driver().findElements(By.cssSelector("#violationsForm\\:violations_data .teacher")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The total of the paginator's «1–20 из N». */
    long total() {
        String report = browser.driver()
                .findElement(By.cssSelector("#violationsForm\\:violations .ui-paginator-current"))
                .getText();
        return Long.parseLong(report.substring(report.lastIndexOf(' ') + 1).trim());
    }

    long openCount() {
        return Long.parseLong(browser.driver()
                .findElement(By.id("violationsForm:openCount"))
                .getText()
                .trim());
    }

    void exportExcel() {
        browser.driver().findElement(By.id("violationsForm:exportExcel")).click();
    }

    void exportPdf() {
        browser.driver().findElement(By.id("violationsForm:exportPdf")).click();
    }
}
