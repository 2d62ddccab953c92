package ru.ejournal.it.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import ru.ejournal.it.browser.DemoBrowserTest;
import ru.ejournal.it.browser.LoginPage;

/** The class teacher's pages in a real browser: attendance week, the letter PDF, messages, parents' visits. */
class ClassTeacherPagesBrowserIT extends DemoBrowserTest {

    private void signIn(String login) {
        LoginPage.signInAs(browser, base, login);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    @Test
    @DisplayName("The class teacher sees the week of 7Б and records a doctor's note with a Russian confirmation")
    void attendanceWeekTakesAnExcuse() {
        signIn("ivanova");
        browser.driver()
                .get(base + "teacher/attendance.xhtml?week="
                        + java.time.LocalDate.now().minusWeeks(1));
        assertTrue(
                browser.driver().findElement(By.id("attendanceTitle")).getText().contains("7Б"));
        // 25 pupils in the demo 7Б; other tests may have enrolled more by then.
        assertTrue(browser.driver()
                        .findElements(By.cssSelector("#attendanceGrid tbody tr"))
                        .size()
                >= 25);

        browser.driver().findElement(By.id("excuseForm:saveExcuse")).click();
        browser.waitForAjax();
        assertTrue(
                browser.driver()
                        .findElement(By.id("excuseForm:excuseMessages"))
                        .getText()
                        .contains("Выберите ученика"),
                "a missing student is explained");

        String student = browser.driver()
                .findElements(By.cssSelector("select[id='excuseForm:student_input'] option"))
                .get(1)
                .getAttribute("value");
        js().executeScript("PrimeFaces.widgets['widget_excuseForm_student'].selectValue(arguments[0]);", student);
        browser.waiting()
                .until(d -> !d.findElement(By.id("excuseForm:student_label"))
                        .getText()
                        .contains("выберите"));
        browser.driver().findElement(By.id("excuseForm:saveExcuse")).click();
        browser.waitForAjax();
        String message =
                browser.driver().findElement(By.id("excuseForm:excuseMessages")).getText();
        assertTrue(message.contains("Документ сохранён"), message);
        browser.screenshot("attendance-week");
    }

    @Test
    @DisplayName("The information letter of the whole class opens as a PDF")
    void letterOpensAsPdf() {
        signIn("ivanova");
        browser.driver().get(base + "teacher/letter.xhtml");
        js().executeScript("window.open = function (u) { window.jrOpened = u; };");
        browser.driver().findElement(By.id("letterForm:open")).click();
        browser.waitForAjax();
        String url = (String) js().executeScript("return window.jrOpened;");
        assertTrue(url != null && url.contains("/teacher/letter.pdf?class="), String.valueOf(url));
        @SuppressWarnings("unchecked")
        Map<String, Object> pdf = (Map<String, Object>) js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done({type: r.headers.get('Content-Type'),
                    size: b.byteLength, head: String.fromCharCode(...new Uint8Array(b.slice(0, 4)))})));""", url);
        assertEquals("application/pdf", pdf.get("type"));
        assertEquals("%PDF", pdf.get("head"));
        assertTrue(((Number) pdf.get("size")).longValue() > 20_000, pdf.toString());
        browser.screenshot("letter-form");
    }

    @Test
    @DisplayName("The letter for typed dates: a reversed range is explained on the form, a right one opens as a PDF")
    void letterForDatesOpensAsPdf() {
        signIn("ivanova");
        browser.driver().get(base + "teacher/letter.xhtml");
        js().executeScript("window.open = function (u) { window.jrOpened = u; };");
        browser.driver()
                .findElement(By.cssSelector("label[for='letterForm:mode:1']"))
                .click();
        int year = LocalDate.now().getMonthValue() >= 8
                ? LocalDate.now().getYear()
                : LocalDate.now().getYear() - 1;
        typeDate("letterForm:from_input", "15.10." + year);
        typeDate("letterForm:to_input", "01.10." + year);
        browser.driver().findElement(By.id("letterForm:open")).click();
        browser.waitForAjax();
        String message =
                browser.driver().findElement(By.id("letterForm:letterMessages")).getText();
        assertTrue(message.contains("позже даты окончания"), message);
        assertEquals(null, js().executeScript("return window.jrOpened;"), "no PDF for a reversed range");

        typeDate("letterForm:from_input", "01.10." + year);
        typeDate("letterForm:to_input", "15.10." + year);
        browser.driver().findElement(By.id("letterForm:open")).click();
        browser.waitForAjax();
        String url = (String) js().executeScript("return window.jrOpened;");
        assertTrue(
                url != null && url.contains("from=" + year + "-10-01") && url.contains("to=" + year + "-10-15"),
                String.valueOf(url));
        @SuppressWarnings("unchecked")
        Map<String, Object> pdf = (Map<String, Object>) js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done({type: r.headers.get('Content-Type'),
                    size: b.byteLength, head: String.fromCharCode(...new Uint8Array(b.slice(0, 4)))})));""", url);
        assertEquals("application/pdf", pdf.get("type"));
        assertEquals("%PDF", pdf.get("head"));
        browser.screenshot("letter-range");
    }

    private void typeDate(String inputId, String text) {
        WebElement input = browser.driver().findElement(By.id(inputId));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    @Test
    @DisplayName(
            "The parent opens the class teacher's message; the teacher sees it read; the visit report counts the parent")
    void messageReadReceiptAndVisit() {
        signIn("parent");
        browser.driver().get(base + "parent/messages.xhtml");
        List<WebElement> links = browser.driver().findElements(By.cssSelector("a[id$=':open']"));
        assertFalse(links.isEmpty(), "the demo parent has a message");
        links.get(links.size() - 1).click();
        browser.waitForAjax();
        browser.waiting().until(d -> d.findElement(By.id("messageDialog")).isDisplayed());
        assertTrue(browser.driver().findElement(By.id("openedBody")).getText().contains("Родительское собрание"));
        browser.screenshot("message-opened");

        signIn("ivanova");
        browser.driver().get(base + "teacher/messages.xhtml");
        browser.driver()
                .findElement(By.cssSelector("a[href='#messagesForm:tabs:sentTab']"))
                .click();
        String sent =
                browser.driver().findElement(By.id("messagesForm:tabs:sent")).getText();
        assertTrue(sent.contains("Родительское собрание") && sent.contains("1 / 1"), sent);

        browser.driver().get(base + "teacher/visits.xhtml");
        WebElement row = browser.driver().findElements(By.cssSelector("#visitsForm\\:visits tbody tr")).stream()
                .filter(tr -> tr.getText().contains("Александрова Татьяна"))
                .findFirst()
                .orElseThrow();
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertTrue(Integer.parseInt(cells.get(2).getText().strip()) >= 1, row.getText());
        assertFalse(cells.get(5).getText().contains("никогда"), row.getText());
        browser.screenshot("visits");
    }
}
