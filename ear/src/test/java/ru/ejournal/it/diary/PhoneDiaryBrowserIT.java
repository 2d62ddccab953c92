package ru.ejournal.it.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import ru.ejournal.it.browser.DemoBrowserTest;
import ru.ejournal.it.browser.LoginPage;

/**
 * The diary on a phone: a 390×844 touch screen (Chromium's device emulation). No page is wider than the screen,
 * the menu is folded, and a tap on a mark opens its details (work type, weight, date, lesson topic).
 */
class PhoneDiaryBrowserIT extends DemoBrowserTest {

    private static final int WIDTH = 390;

    @BeforeEach
    void phone() {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", 844, "deviceScaleFactor", 3, "mobile", true));
        chrome.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    /** The document is no wider than the phone's screen (nothing to scroll sideways). */
    private void assertFits(String page) {
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) js().executeScript("""
                const wide = [...document.querySelectorAll('body *')].filter(e => {
                    const r = e.getBoundingClientRect();
                    return r.width > 0 && r.right > document.documentElement.clientWidth + 1;
                }).slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));
                return {scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
                        inner: window.innerWidth, wide: wide.join('; ')};""");
        long scroll = ((Number) size.get("scroll")).longValue();
        long client = ((Number) size.get("client")).longValue();
        assertEquals(WIDTH, client, page + ": the layout viewport is the phone's width " + size);
        assertTrue(
                scroll <= WIDTH,
                page + ": the document is " + scroll + " px wide on a " + WIDTH + " px screen, " + size);
    }

    /** A finger's tap on the element (touch events, not a mouse). */
    private void tap(WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        Sequence tap = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(element), 0, 0))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        ((ChromeDriver) browser.driver()).perform(List.of(tap));
    }

    private String childOf(String className) {
        return browser.driver().findElements(By.cssSelector("select[id='diarySelector:child_input'] option")).stream()
                .filter(o -> o.getAttribute("textContent").contains(className))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no child in " + className))
                .getAttribute("value");
    }

    @Test
    @DisplayName("The parent's diary with its absence notice form fits a 390 px phone; the menu is folded")
    void parentDiaryFits() {
        LoginPage.signInAs(browser, base, "parent");
        browser.driver().get(base + "parent/diary.xhtml");
        String child = childOf("7Б");
        browser.driver().get(base + "parent/diary.xhtml?child=" + child);
        assertFalse(browser.driver().findElements(By.id("noticeForm")).isEmpty(), "the absence notice form is there");
        List<WebElement> days = browser.driver().findElements(By.cssSelector("section.diary-day"));
        assertTrue(days.size() >= 5);
        assertEquals(days.get(0).getRect().getX(), days.get(1).getRect().getX(), "one day per card, stacked");
        assertTrue(days.get(1).getRect().getY() > days.get(0).getRect().getY());
        assertFits("parent/diary");
        browser.screenshot("phone-diary-parent");

        WebElement menu = browser.driver().findElement(By.id("menuForm"));
        assertFalse(menu.isDisplayed(), "the menu is folded on a phone");
        tap(browser.driver().findElement(By.id("menuToggle")));
        browser.waiting().until(d -> menu.isDisplayed());
        assertEquals("true", browser.driver().findElement(By.id("menuToggle")).getAttribute("aria-expanded"));
        assertFits("parent/diary with the menu open");
        browser.screenshot("phone-menu-open");
    }

    @Test
    @DisplayName("A tap on a mark of the week opens its work type, weight, date and lesson topic")
    void tapOpensMarkDetails() {
        LoginPage.signInAs(browser, base, "parent");
        browser.driver().get(base + "parent/diary.xhtml");
        String child = childOf("7Б");
        // the last week with a mark in the diary, going back from this one
        WebElement mark = null;
        for (int back = 0; back < 8 && mark == null; back++) {
            browser.driver()
                    .get(base + "parent/diary.xhtml?child=" + child + "&week="
                            + LocalDate.now().minusWeeks(back));
            mark = browser.driver().findElements(By.cssSelector("section.diary-day details.mark")).stream()
                    .findFirst()
                    .orElse(null);
        }
        assertTrue(mark != null, "a mark in the last weeks of the demo diary");
        WebElement row = mark.findElement(By.xpath("ancestor::tr[1]"));
        String topic = row.findElement(By.cssSelector(".topic")).getText().strip();
        WebElement details = mark.findElement(By.cssSelector(".mark-details"));
        assertFalse(details.isDisplayed(), "the details are closed before the tap");

        tap(mark.findElement(By.tagName("summary")));
        browser.waiting().until(d -> details.isDisplayed());
        String text = details.getText();
        assertTrue(text.contains("Вид работы"), text);
        assertTrue(text.contains("Вес"), text);
        assertTrue(
                details.findElement(By.cssSelector(".mark-weight-value"))
                        .getText()
                        .matches("\\d+"),
                text);
        assertTrue(
                details.findElement(By.cssSelector(".mark-date")).getText().matches("\\d\\d\\.\\d\\d\\.\\d{4}"), text);
        assertEquals(
                topic.isEmpty() ? "—" : topic,
                details.findElement(By.cssSelector(".mark-topic")).getText());
        var box = details.getRect();
        assertTrue(box.getX() >= 0 && box.getX() + box.getWidth() <= WIDTH, "the details are on the screen: " + box);
        assertFits("parent/diary with a mark's details open");
        browser.screenshot("phone-mark-details");

        // the period's marks open the same way, and the working of the proposed grade is there as text
        WebElement periodMark = browser.driver().findElement(By.cssSelector("#periodTable details.mark"));
        tap(periodMark.findElement(By.tagName("summary")));
        WebElement periodDetails = periodMark.findElement(By.cssSelector(".mark-details"));
        browser.waiting().until(d -> periodDetails.isDisplayed());
        assertFalse(details.isDisplayed(), "one mark's details at a time");
        assertTrue(periodDetails.getText().contains("Тема урока"), periodDetails.getText());
        WebElement working = browser.driver().findElement(By.cssSelector("#periodTable td.working"));
        assertTrue(working.isDisplayed() && working.getText().contains("Как получилась отметка"), working.getText());
        browser.screenshot("phone-period-mark");
    }

    @Test
    @DisplayName("The parent's messages and the student's diary fit a 390 px phone")
    void messagesAndStudentDiaryFit() {
        LoginPage.signInAs(browser, base, "parent");
        browser.driver().get(base + "parent/messages.xhtml");
        browser.driver().findElement(By.id("messagesTitle"));
        assertFits("parent/messages");
        browser.screenshot("phone-messages");

        LoginPage.signInAs(browser, base, "student");
        browser.driver().get(base + "student/diary.xhtml");
        assertTrue(browser.driver()
                        .findElements(By.cssSelector("section.diary-day"))
                        .size()
                >= 5);
        assertFits("student/diary");
        browser.screenshot("phone-diary-student");
    }
}
