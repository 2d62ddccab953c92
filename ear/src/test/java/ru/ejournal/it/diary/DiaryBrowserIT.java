package ru.ejournal.it.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import ru.ejournal.it.browser.DemoBrowserTest;
import ru.ejournal.it.browser.LoginPage;

/** The demo parent reads the e-diary; a mark the teacher types appears there. */
class DiaryBrowserIT extends DemoBrowserTest {

    private void signIn(String login) {
        LoginPage.signInAs(browser, base, login);
    }

    private String optionValue(String selectId, String textPart) {
        return browser.driver().findElements(By.cssSelector("select[id='" + selectId + "'] option")).stream()
                .filter(o -> o.getAttribute("textContent").contains(textPart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no option " + textPart))
                .getAttribute("value");
    }

    @Test
    @DisplayName("The parent picks a child and sees the week and the period's marks with the working of each grade")
    void parentReadsDiary() {
        signIn("parent");
        browser.driver().get(base + "parent/diary.xhtml");
        assertEquals(
                2,
                browser.driver()
                        .findElements(By.cssSelector("select[id='diarySelector:child_input'] option"))
                        .size(),
                "the demo parent has two children");
        String title = browser.driver().findElement(By.id("diaryTitle")).getText();
        assertTrue(title.contains("7Б") || title.contains("5А"), "the diary of one of the two children: " + title);
        assertTrue(browser.driver().findElements(By.cssSelector(".diary-day")).size() >= 5);
        String working = browser.driver().findElement(By.id("periodTable")).getText();
        assertTrue(working.contains("Как получилась отметка"), working);
        assertTrue(working.contains("округляется вверх"), working);
        browser.screenshot("diary-parent");

        String sibling = optionValue("diarySelector:child_input", "5А");
        browser.driver().get(base + "parent/diary.xhtml?child=" + sibling);
        assertTrue(browser.driver().findElement(By.id("diaryTitle")).getText().contains("5А"));
    }

    @Test
    @DisplayName("A mark typed by the Russian teacher is in the parent's diary on the lesson's day")
    void teachersMarkReachesParent() {
        signIn("parent");
        browser.driver().get(base + "parent/diary.xhtml");
        String child = optionValue("diarySelector:child_input", "7Б");

        signIn("ivanova");
        browser.driver().get(base + "teacher/gradebook.xhtml");
        String assignment = optionValue("selector:assignment_input", "7Б — Русский язык");
        browser.driver().get(base + "teacher/gradebook.xhtml?assignment=" + assignment);
        List<WebElement> lessons = browser.driver().findElements(By.cssSelector("#grid thead th[data-l]"));
        int last = lessons.size() - 1;
        String date = lessons.get(last).getAttribute("data-d");
        WebElement cell = browser.driver()
                .findElement(By.cssSelector("#grid tbody tr[data-s='" + child + "']"))
                .findElements(By.cssSelector("td.c"))
                .get(last);
        String mark = cell.getText().strip().equals("5") ? "4" : "5";
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block:'center'})", cell);
        cell.click();
        new Actions(browser.driver()).sendKeys(mark).sendKeys(Keys.ENTER).perform();
        browser.waitForAjax();
        browser.waiting()
                .until(d -> d.findElements(By.cssSelector("#grid td.saving")).isEmpty());
        assertEquals(mark, cell.getText().strip());

        signIn("parent");
        browser.driver().get(base + "parent/diary.xhtml?child=" + child + "&week=" + date);
        WebElement day = browser.driver().findElement(By.cssSelector("section.diary-day[data-date='" + date + "']"));
        boolean shown = day.findElements(By.cssSelector("tr")).stream()
                .filter(tr -> tr.getText().contains("Русский язык"))
                .anyMatch(tr ->
                        tr.findElement(By.cssSelector("td.marks")).getText().contains(mark));
        browser.screenshot("diary-after-mark");
        assertTrue(shown, day.getText());
    }

    @Test
    @DisplayName(
            "The parent attaches a 5 MB photo to an absence notice (a fake one and an 11 MB one are refused); the class teacher opens it")
    void noticePhotoReachesClassTeacher() throws Exception {
        Path fake = Files.createTempFile("not-a-photo", ".png");
        Path photo = Files.createTempFile("spravka", ".png");
        Path tooLarge = Files.createTempFile("too-large", ".png");
        try {
            Files.write(fake, "GIF89a, not a PNG".getBytes(StandardCharsets.US_ASCII));
            byte[] content = new byte[5 * 1024 * 1024];
            byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
            System.arraycopy(magic, 0, content, 0, magic.length);
            Files.write(photo, content);
            byte[] large = new byte[11 * 1024 * 1024];
            System.arraycopy(magic, 0, large, 0, magic.length);
            Files.write(tooLarge, large);

            signIn("parent");
            browser.driver().get(base + "parent/diary.xhtml");
            String child = optionValue("diarySelector:child_input", "7Б");
            browser.driver().get(base + "parent/diary.xhtml?child=" + child);

            upload(fake);
            browser.waiting()
                    .until(d -> !d.findElement(By.id("noticeForm:noticeMessages"))
                            .getText()
                            .isBlank());
            String refused = browser.driver()
                    .findElement(By.id("noticeForm:noticeMessages"))
                    .getText();
            assertTrue(refused.contains("JPEG или PNG"), refused);
            assertTrue(
                    browser.driver().findElements(By.id("noticeForm:photoName")).isEmpty());

            upload(tooLarge);
            browser.screenshot("notice-photo-too-large");
            String said =
                    browser.driver().findElement(By.id("noticeForm:photo")).getText() + " "
                            + browser.driver()
                                    .findElement(By.id("noticeForm:noticeMessages"))
                                    .getText();
            assertTrue(said.contains("больше 5 МБ"), said);
            assertTrue(
                    browser.driver().findElements(By.id("noticeForm:photoName")).isEmpty());

            upload(photo);
            browser.waiting()
                    .until(d -> !d.findElements(By.id("noticeForm:photoName")).isEmpty());
            String comment = "Справка, проверка " + System.nanoTime();
            WebElement commentInput = browser.driver().findElement(By.id("noticeForm:comment"));
            commentInput.clear();
            commentInput.sendKeys(comment);
            browser.driver().findElement(By.id("noticeForm:sendNotice")).click();
            browser.waitForAjax();
            String sent = browser.driver()
                    .findElement(By.id("noticeForm:noticeMessages"))
                    .getText();
            assertTrue(sent.contains("Заявление отправлено"), sent);
            browser.screenshot("notice-photo-parent");

            signIn("ivanova");
            browser.driver().get(base + "teacher/attendance.xhtml");
            WebElement row = browser.driver().findElements(By.cssSelector("#noticesForm\\:pending tbody tr")).stream()
                    .filter(tr -> tr.getText().contains(comment))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the class teacher sees the notice"));
            WebElement link = row.findElement(By.cssSelector("a.notice-photo"));
            assertTrue(link.getText().contains("есть фото документа"), row.getText());
            @SuppressWarnings("unchecked")
            Map<String, Object> image = (Map<String, Object>)
                    ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                            const done = arguments[arguments.length - 1];
                            fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done({
                                status: r.status, type: r.headers.get('Content-Type'), size: b.byteLength})));""", link.getAttribute("href"));
            assertEquals(200L, ((Number) image.get("status")).longValue());
            assertEquals("image/png", image.get("type"));
            assertEquals(5L * 1024 * 1024, ((Number) image.get("size")).longValue());
            browser.screenshot("notice-photo-teacher");
        } finally {
            Files.deleteIfExists(fake);
            Files.deleteIfExists(photo);
            Files.deleteIfExists(tooLarge);
        }
    }

    /** Gives the notice form's file input a file; the upload starts by itself. */
    private void upload(Path file) {
        WebElement input = browser.driver().findElement(By.cssSelector("#noticeForm\\:photo input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
        browser.waiting()
                .until(d -> Boolean.TRUE.equals(
                        ((JavascriptExecutor) d).executeScript("return !window.jQuery || jQuery.active == 0;")));
        browser.waitForAjax();
    }
}
