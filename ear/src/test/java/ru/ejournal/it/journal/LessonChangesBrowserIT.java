package ru.ejournal.it.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import ru.ejournal.it.browser.DemoBrowserTest;
import ru.ejournal.it.browser.LoginPage;

/**
 * Changes to a single lesson and period closing in a real browser, on the demo school: the biology
 * teacher adds an extra lesson for today on the grid and cancels it with a reason (the column is then
 * struck through); the administrator closes the first quarter with a reason and reopens it.
 */
class LessonChangesBrowserIT extends DemoBrowserTest {

    @Test
    @DisplayName("A teacher cancels a lesson with a reason on the grid and sees it struck through")
    void teacherCancelsALesson() {
        Assumptions.assumeFalse(LocalDate.now().getDayOfWeek() == DayOfWeek.SUNDAY, "no lessons on Sunday");
        LoginPage.signInAs(browser, base, "volkova");
        WebDriver d = browser.driver();
        GradeBookPage grid = new GradeBookPage(browser, base).open(null);
        int before = grid.lessonCount();

        click(By.id("addLessonOpenForm:addLesson"));
        browser.waiting()
                .until(x -> x.findElement(By.id("addLessonForm:saveExtra")).isDisplayed());
        d.findElement(By.id("addLessonForm:extraTopic")).sendKeys("Экскурсия в ботанический сад");
        click(By.id("addLessonForm:saveExtra"));
        browser.waitForUrl("lesson=");
        browser.waiting().until(x -> !x.findElements(By.id("grid")).isEmpty());
        String lesson = d.getCurrentUrl().replaceAll(".*lesson=(\\d+).*", "$1");
        assertEquals(before + 1, grid.lessonCount(), "the extra lesson is a new column");

        click(By.cssSelector("#grid th[data-l='" + lesson + "']"));
        browser.waiting()
                .until(x -> x.findElement(By.id("lessonForm:changeLesson")).isDisplayed());
        click(By.id("lessonForm:changeLesson"));
        browser.waiting()
                .until(x -> x.findElement(By.id("gridLessonForm:cancelLesson")).isDisplayed());
        d.findElement(By.id("gridLessonForm:lessonReason")).sendKeys("Автобус не пришёл");
        click(By.id("gridLessonForm:cancelLesson"));
        browser.waiting()
                .until(x -> x.findElement(By.cssSelector("#grid th[data-l='" + lesson + "']"))
                        .getAttribute("class")
                        .contains("cancelled"));

        WebElement header = d.findElement(By.cssSelector("#grid th[data-l='" + lesson + "']"));
        assertTrue(header.getAttribute("title").contains("Автобус не пришёл"), header.getAttribute("title"));
        String line = (String) ((JavascriptExecutor) d)
                .executeScript("return getComputedStyle(arguments[0]).textDecorationLine;", header);
        assertTrue(line.contains("line-through"), line);
        int column = columnOf(grid, lesson);
        assertTrue(grid.cell(0, column).getAttribute("class").contains("x"), "its cells take no marks");
        browser.screenshot("lesson-cancelled");
    }

    @Test
    @DisplayName("The administrator closes and reopens a period on the screen, each with a reason")
    void adminClosesAndReopensAPeriod() {
        LoginPage.signInAs(browser, base, "admin");
        WebDriver d = browser.driver();
        d.get(base + "deputy/periods.xhtml");
        browser.waiting()
                .until(x -> !x.findElements(By.id("periodsForm:periodsTable")).isEmpty());

        row("1 четверть").findElement(By.cssSelector("button[id$=':close']")).click();
        confirm("Итоги четверти подведены");
        browser.waiting().until(x -> state("1 четверть").equals("закрыт"));
        assertTrue(row("1 четверть").getText().contains("Итоги четверти подведены"));

        row("1 четверть").findElement(By.cssSelector("button[id$=':reopen']")).click();
        confirm("Исправление отметки по апелляции");
        browser.waiting().until(x -> state("1 четверть").equals("открыт"));

        row("1 четверть").findElement(By.cssSelector("button[id$=':history']")).click();
        browser.waiting()
                .until(x -> x.findElement(By.id("historyForm:historyTable")).isDisplayed());
        String history = d.findElement(By.id("historyForm:historyTable")).getText();
        assertTrue(history.contains("Итоги четверти подведены"), history);
        assertTrue(history.contains("Исправление отметки по апелляции"), history);
        browser.screenshot("period-history");
    }

    private void confirm(String reason) {
        browser.waitForAjax();
        browser.waiting().until(x -> x.findElement(By.id("reasonForm:reason")).isDisplayed());
        WebElement field = browser.driver().findElement(By.id("reasonForm:reason"));
        field.clear();
        field.sendKeys(reason);
        browser.driver().findElement(By.id("reasonForm:confirm")).click();
        browser.waitForAjax();
    }

    private WebElement row(String period) {
        return browser.driver().findElements(By.cssSelector("[id='periodsForm:periodsTable_data'] tr")).stream()
                .filter(r -> r.findElements(By.cssSelector("[id$=':name']")).stream()
                        .anyMatch(n -> n.getText().equals(period)))
                .findFirst()
                .orElseThrow();
    }

    private String state(String period) {
        return row(period).findElement(By.cssSelector("[id$=':state']")).getText();
    }

    private void click(By by) {
        WebElement element = browser.driver().findElement(by);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block:'center'})", element);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", element);
        browser.waitForAjax();
    }

    private static int columnOf(GradeBookPage grid, String lesson) {
        for (int i = 0; i < grid.lessonCount(); i++) {
            if (grid.lessonId(i).equals(lesson)) {
                return i;
            }
        }
        return -1;
    }
}
