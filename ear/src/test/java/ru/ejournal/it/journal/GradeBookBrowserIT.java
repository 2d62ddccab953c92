package ru.ejournal.it.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import ru.ejournal.it.browser.DemoBrowserTest;
import ru.ejournal.it.browser.LoginPage;

/** The demo maths teacher fills the journal grid by keyboard in a real browser. */
class GradeBookBrowserIT extends DemoBrowserTest {

    @BeforeEach
    void signInAsMathsTeacher() {
        new LoginPage(browser, base).open().signIn("smirnov", "demo2026");
        browser.waitForUrl("/teacher/home.xhtml");
    }

    @Test
    @DisplayName("Marks and absence codes typed with Enter and Tab are saved one cell at a time and survive a reload")
    void keyboardEntryIsSaved() {
        GradeBookPage grid = new GradeBookPage(browser, base).open(null);
        assertTrue(grid.title().contains("Математика"), grid.title());
        int last = grid.lessonCount() - 1;
        assertTrue(last > 0, "the demo quarter has lessons");

        grid.select(0, last);
        grid.type("5", Keys.ENTER);
        assertEquals("5", grid.text(0, last));
        assertTrue(grid.selected(1, last), "Enter moves down to the next student");

        grid.type("Н", Keys.ENTER);
        assertEquals("Н", grid.text(1, last));

        grid.type("ОП 4", Keys.TAB);
        assertEquals("ОП 4", grid.text(2, last));
        browser.screenshot("gradebook-typed");

        String lesson = grid.lessonId(last);
        new GradeBookPage(browser, base).open(null);
        assertEquals("5", grid.text(0, last));
        assertEquals("Н", grid.text(1, last));
        assertEquals("ОП 4", grid.text(2, last));
        assertFalse(grid.average(0).isBlank());

        GradeBookPage linked = new GradeBookPage(browser, base).open("lesson=" + lesson);
        assertTrue(linked.selected(0, last), "the linked lesson is highlighted and its first cell selected");
    }

    @Test
    @DisplayName("A wrong mark is refused with a Russian message and the cell keeps what it had")
    void wrongMarkIsExplained() {
        GradeBookPage grid = new GradeBookPage(browser, base).open(null);
        int last = grid.lessonCount() - 1;
        grid.select(3, last);
        grid.type("4", Keys.ENTER);
        grid.select(3, last);
        grid.type("7", Keys.ENTER);
        assertEquals("4", grid.text(3, last));
        assertTrue(grid.cell(3, last).getAttribute("class").contains("err"));
        browser.waiting().until(d -> grid.growl().contains("от 1 до 5"));
        browser.screenshot("gradebook-refused");
    }

    @Test
    @DisplayName("A right click on a cell shows its history with the teacher's login")
    void cellHistoryIsOneClickAway() {
        GradeBookPage grid = new GradeBookPage(browser, base).open(null);
        int last = grid.lessonCount() - 1;
        grid.select(4, last);
        grid.type("3", Keys.ENTER);
        grid.select(4, last);
        grid.type("2", Keys.ENTER);
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .contextClick(grid.cell(4, last))
                .perform();
        browser.waitForAjax();
        browser.waiting().until(d -> d.findElement(By.id("historyDialog")).isDisplayed());
        String history =
                browser.driver().findElement(By.id("historyForm:historyTable")).getText();
        assertTrue(history.contains("smirnov"), history);
        assertTrue(history.contains("отметка"), history);
        browser.screenshot("gradebook-history");
    }

    @Test
    @DisplayName("The grid exports to Excel and to a printable PDF")
    void gridExports() {
        new GradeBookPage(browser, base).open(null);
        for (String[] export : new String[][] {{"exportExcel", "PK", "spreadsheetml"}, {"exportPdf", "%PDF", "pdf"}}) {
            String href = browser.driver().findElement(By.id(export[0])).getAttribute("href");
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> file =
                    (java.util.Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                            .executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done({type: r.headers.get('Content-Type'),
                        head: String.fromCharCode(...new Uint8Array(b.slice(0, arguments[1].length)))})));""", href, export[1]);
            assertTrue(String.valueOf(file.get("type")).contains(export[2]), file.toString());
            assertEquals(export[1], file.get("head"));
        }
    }

    @Test
    @DisplayName(
            "A cell save posts only that cell: a dozen parameters and a few hundred bytes, whatever the grid's size")
    void cellSavePostsOnlyTheCell() {
        GradeBookPage grid = new GradeBookPage(browser, base).open(null);
        int last = grid.lessonCount() - 1;
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("""
                window.jrPosts = [];
                const send = XMLHttpRequest.prototype.send;
                XMLHttpRequest.prototype.send = function (body) { window.jrPosts.push(String(body)); return send.apply(this, arguments); };""");
        grid.select(5, last);
        grid.type(grid.text(5, last).equals("4") ? "5" : "4", Keys.ENTER);
        String body = (String)
                ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("return window.jrPosts[0];");
        int parameters = body.split("&").length;
        int bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        int cells = browser.driver().findElements(By.cssSelector("#grid td.c")).size();
        System.out.printf("Cell save: %d POST parameters, %d bytes (grid of %d cells)%n", parameters, bytes, cells);
        assertTrue(parameters <= 12, body);
        assertTrue(bytes < 600, body);
        assertFalse(body.contains("selector"), body);
    }
}
