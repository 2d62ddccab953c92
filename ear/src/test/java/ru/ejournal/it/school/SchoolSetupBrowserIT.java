package ru.ejournal.it.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import ru.ejournal.it.browser.DemoBrowserTest;
import ru.ejournal.it.browser.LoginPage;

/**
 * The demo administrator sets up a new academic year through the browser: the year with its quarters,
 * a class, a subject, a work type and a bell, and sees each listed. Dates and times are typed as text.
 * The new year is not made current, so the demo school's current year stays as the other tests know it.
 */
class SchoolSetupBrowserIT extends DemoBrowserTest {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Test
    @DisplayName("The administrator sees the demo year, creates a year with quarters, a class, a subject,"
            + " a work type and a bell, and sees them listed")
    void adminSetsUpANewYear() {
        int start = ThreadLocalRandom.current().nextInt(2040, 2090);
        String yearName = start + "/" + (start + 1);
        String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1000, 10000));
        LoginPage.signInAs(browser, base, "admin");
        WebDriver d = browser.driver();

        open("admin/school/year.xhtml", "yearForm:yearName");
        assertTrue(value("yearForm:yearName").matches("\\d{4}/\\d{4}"), "the demo year is shown");
        assertEquals("Q1", value("yearForm:periods:0:periodCode"), "with its quarters");
        assertEquals("Q4", value("yearForm:periods:3:periodCode"));

        type("newYearForm:newName", yearName);
        type("newYearForm:newStart", "01.09." + start);
        type("newYearForm:newEnd", "31.05." + (start + 1));
        new Select(d.findElement(By.id("newYearForm:newType"))).selectByValue("QUARTERS");
        click("newYearForm:propose");
        assertEquals("31.10." + start, value("newYearForm:newPeriods:0:newPeriodEnd"), "proposed dates");
        click("newYearForm:createYear");
        browser.screenshot("school-setup-year");
        assertEquals(yearName, value("yearForm:yearName"), "the new year is shown: " + messages());
        assertEquals("Q1", value("yearForm:periods:0:periodCode"));
        assertEquals("01.09." + start, value("yearForm:periods:0:periodStart"));
        assertEquals("31.05." + (start + 1), value("yearForm:periods:3:periodEnd"));

        open("admin/school/classes.xhtml", "classesForm:grade");
        new Select(d.findElement(By.id("classesForm:yearSelect"))).selectByVisibleText(yearName);
        browser.waitForAjax();
        assertTrue(text("classesForm:classes").contains("Классов нет"), "the new year has no classes yet");
        type("classesForm:grade", "7");
        type("classesForm:letter", "б");
        new Select(d.findElement(By.id("classesForm:teacher"))).selectByIndex(1);
        click("classesForm:saveClass");
        assertEquals("7Б", text("classesForm:classes:0:classCode"), messages());
        assertTrue(!text("classesForm:classes:0:classTeacher").isBlank(), "with its class teacher");

        open("admin/school/subjects.xhtml", "subjectsForm:subjectName");
        String subject = "Астрономия " + tag;
        type("subjectsForm:subjectName", "<b>" + subject);
        click("subjectsForm:saveSubject");
        assertTrue(messages().contains("Название предмета: допустимы буквы"), messages());
        type("subjectsForm:subjectName", subject);
        new Select(d.findElement(By.id("subjectsForm:grading"))).selectByValue("PASS_FAIL");
        click("subjectsForm:saveSubject");
        assertTrue(text("subjectsForm:subjects").contains(subject), messages());
        String workType = "Проект " + tag;
        type("workTypesForm:workTypeName", workType);
        type("workTypesForm:weight", "3");
        click("workTypesForm:saveWorkType");
        assertTrue(text("workTypesForm:workTypes").contains(workType), messages());

        open("admin/school/bells.xhtml", "bellsForm:lessonNumber");
        String number = value("bellsForm:lessonNumber");
        LocalTime bellStart = LocalTime.of(8, 0).plusMinutes(55L * Integer.parseInt(number));
        String from = bellStart.format(HH_MM);
        String to = bellStart.plusMinutes(45).format(HH_MM);
        type("bellsForm:startTime", to);
        type("bellsForm:endTime", from);
        click("bellsForm:saveBell");
        assertTrue(messages().contains("должно быть раньше конца"), messages());
        type("bellsForm:startTime", from);
        type("bellsForm:endTime", to);
        click("bellsForm:saveBell");
        List<WebElement> numbers = d.findElements(By.cssSelector("[id$=':bellNumber']"));
        assertTrue(numbers.stream().anyMatch(e -> e.getText().equals(number)), messages());
        assertTrue(text("bellsForm:bells").contains(from), messages());
        browser.screenshot("school-setup-bells");
    }

    private void open(String page, String waitFor) {
        browser.driver().get(base + page);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(waitFor)));
    }

    private String value(String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value");
    }

    private String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    private void type(String id, String text) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    private void click(String id) {
        browser.driver().findElement(By.id(id)).click();
        browser.waitForAjax();
    }

    /** The messages shown on the page (the growl and the forms' message boxes), for failure texts. */
    private String messages() {
        return browser.driver().findElements(By.cssSelector(".ui-messages, .ui-growl")).stream()
                .map(WebElement::getText)
                .reduce("", (a, b) -> a + " " + b);
    }
}
