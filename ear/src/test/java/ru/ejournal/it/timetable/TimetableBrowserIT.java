package ru.ejournal.it.timetable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import ru.ejournal.it.browser.DemoBrowserTest;
import ru.ejournal.it.browser.LoginPage;

/**
 * The demo school's administrator adds a Saturday lesson to 5А's timetable, generates the lessons of two
 * weeks and sees the counts; then removes the entry and generates again, which removes the lessons (so
 * the demo school is left as it was).
 */
class TimetableBrowserIT extends DemoBrowserTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String CELL = "td.timetable-cell[data-day='6'][data-no='7']";

    @Test
    @DisplayName(
            "The administrator adds a timetable entry for 5А and generates its lessons for two weeks, seeing the counts")
    void adminAddsEntryAndGeneratesLessons() {
        LoginPage.signInAs(browser, base, "admin");
        WebDriver d = browser.driver();
        d.get(base + "admin/timetable/timetable.xhtml");
        new Select(d.findElement(By.id("classForm:schoolClass"))).selectByVisibleText("5А");
        d.findElement(By.id("classForm:show")).click();
        browser.waitForUrl("class=");

        if (d.findElements(By.cssSelector("#versions li")).isEmpty()) {
            LocalDate start = LocalDate.now().getMonthValue() >= 8
                    ? LocalDate.of(LocalDate.now().getYear(), 9, 1)
                    : LocalDate.of(LocalDate.now().getYear() - 1, 9, 1);
            d.findElement(By.id("versionForm:validFrom")).sendKeys(start.format(DAY));
            submit("versionForm:createVersion");
            assertTrue(d.getPageSource().contains("Создана версия расписания"), d.getPageSource());
        }
        removeSaturdayEntry();

        new Select(d.findElement(By.id("entryForm:day"))).selectByVisibleText("Суббота");
        WebElement no = d.findElement(By.id("entryForm:lessonNo"));
        no.clear();
        no.sendKeys("7");
        new Select(d.findElement(By.id("entryForm:subject"))).selectByVisibleText("Математика");
        new Select(d.findElement(By.id("entryForm:teacher"))).selectByVisibleText("Смирнов Алексей Николаевич");
        d.findElement(By.id("entryForm:room")).sendKeys("31");
        submit("entryForm:save");
        assertTrue(d.getPageSource().contains("Урок расписания сохранён"));
        String cell = d.findElement(By.cssSelector(CELL)).getText();
        assertTrue(cell.contains("Математика") && cell.contains("Смирнов А. Н.") && cell.contains("31"), cell);
        browser.screenshot("timetable-grid");

        LocalDate saturday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        int created = generate(saturday, saturday.plusDays(7));
        assertTrue(created >= 1 && created <= 2, "the two Saturdays (fewer on a holiday): " + created);
        assertEquals("0", count("removed"));
        browser.screenshot("timetable-generation");
        assertEquals(0, generate(saturday, saturday.plusDays(7)), "generating again creates nothing");
        assertEquals(String.valueOf(created), count("unchanged"));

        d.get(base + "admin/timetable/timetable.xhtml");
        new Select(d.findElement(By.id("classForm:schoolClass"))).selectByVisibleText("5А");
        d.findElement(By.id("classForm:show")).click();
        browser.waitForUrl("class=");
        removeSaturdayEntry();
        assertEquals(0, generate(saturday, saturday.plusDays(7)));
        assertEquals(String.valueOf(created), count("removed"), "the lessons of the removed entry are removed");
    }

    /** Removes the Saturday 7th lesson of the grid, if an earlier run left one. */
    private void removeSaturdayEntry() {
        WebDriver d = browser.driver();
        List<WebElement> edit = d.findElements(By.cssSelector(CELL + " a.entry-edit"));
        if (edit.isEmpty()) {
            return;
        }
        edit.get(0).click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("entryForm:remove")));
        submit("entryForm:remove");
        assertTrue(d.getPageSource().contains("Урок расписания удалён"));
    }

    private int generate(LocalDate from, LocalDate to) {
        WebDriver d = browser.driver();
        d.get(base + "admin/timetable/generation.xhtml");
        new Select(d.findElement(By.id("generationForm:schoolClass"))).selectByVisibleText("5А");
        d.findElement(By.id("generationForm:from")).sendKeys(from.format(DAY));
        d.findElement(By.id("generationForm:to")).sendKeys(to.format(DAY));
        submit("generationForm:generate");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("created")));
        return Integer.parseInt(count("created"));
    }

    private String count(String id) {
        return browser.driver().findElement(By.id(id)).getText().strip();
    }

    /** Presses a non-Ajax button and waits for the page it posts back to. */
    private void submit(String id) {
        WebElement button = browser.driver().findElement(By.id(id));
        button.click();
        browser.waiting().until(ExpectedConditions.stalenessOf(button));
    }
}
