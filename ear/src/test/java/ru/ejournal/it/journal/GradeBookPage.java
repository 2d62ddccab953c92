package ru.ejournal.it.journal;

import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import ru.ejournal.it.browser.Browser;

/** The journal grid as a teacher uses it: select a cell, type, press Enter or Tab. */
public final class GradeBookPage {

    private final Browser browser;
    private final URL base;

    public GradeBookPage(Browser browser, URL base) {
        this.browser = browser;
        this.base = base;
    }

    public GradeBookPage open(String query) {
        browser.driver().get(base + "teacher/gradebook.xhtml" + (query == null ? "" : "?" + query));
        browser.waiting().until(d -> !d.findElements(By.id("grid")).isEmpty());
        return this;
    }

    public String title() {
        return browser.driver().findElement(By.id("gradebookTitle")).getText();
    }

    public int lessonCount() {
        return browser.driver()
                .findElements(By.cssSelector("#grid thead th[data-l]"))
                .size();
    }

    public String lessonId(int column) {
        return browser.driver()
                .findElements(By.cssSelector("#grid thead th[data-l]"))
                .get(column)
                .getAttribute("data-l");
    }

    public WebElement cell(int row, int column) {
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#grid tbody tr"));
        return rows.get(row).findElements(By.cssSelector("td.c")).get(column);
    }

    public String studentId(int row) {
        return browser.driver()
                .findElements(By.cssSelector("#grid tbody tr"))
                .get(row)
                .getAttribute("data-s");
    }

    public String text(int row, int column) {
        return cell(row, column).getText().strip();
    }

    public boolean selected(int row, int column) {
        return cell(row, column).getAttribute("class").contains("sel");
    }

    public String average(int row) {
        return browser.driver()
                .findElements(By.cssSelector("#grid tbody tr"))
                .get(row)
                .findElement(By.cssSelector("td.avg"))
                .getText();
    }

    public void select(int row, int column) {
        WebElement td = cell(row, column);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block:'center'})", td);
        td.click();
    }

    /** Types into the selected cell as a teacher would and presses the given key to save and move on. */
    public void type(String text, Keys key) {
        new Actions(browser.driver()).sendKeys(text).sendKeys(key).perform();
        browser.waitForAjax();
        browser.waiting()
                .until(d -> d.findElements(By.cssSelector("#grid td.saving")).isEmpty());
    }

    public String growl() {
        return browser.driver().findElements(By.cssSelector(".ui-growl-message")).stream()
                .map(WebElement::getText)
                .reduce("", (a, b) -> a + " " + b);
    }
}
