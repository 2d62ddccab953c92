package ru.ejournal.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Issue 13 "Languages": each role signs in, switches to English with the language toggle, and walks every
 * page of its menu; no Russian may be left on them outside the data.
 *
 * <p>What counts as the page's own text (its "chrome", which must be English) and what as data is defined
 * narrowly, in the browser, by {@link #COLLECT}:
 *
 * <ul>
 *   <li>Chrome, checked: the document's title; headings, legends, captions, labels, paragraphs, definition
 *       terms; column headers; buttons, menu items, tabs, dialog, card and panel titles; messages and the
 *       empty-table and paginator texts; links outside table rows; a select's options that stand for no
 *       record (no digit in their value: "— choose —", a reason, a mode); the roles in the top bar; and the
 *       {@code title}, {@code placeholder}, {@code aria-label} and {@code alt} attributes outside table
 *       rows. Hidden elements (a closed dialog, a folded submenu) count too.
 *   <li>Data, not checked: what a table row shows (its cells, less their buttons and labels); a select's
 *       options, and the labels of checkboxes and radio buttons, that stand for a record (their value holds
 *       an id); what a text field holds; the signed-in person's name and school in the top bar; and what the
 *       page marks as data with HTML's own {@code translate="no"} ("not to be translated": a lesson's
 *       subject or topic over a grid's column, the title of the school's regulation, a child's name in a
 *       label), which also keeps a browser's translator off it. A Russian word of the chrome is forgiven only if it is one
 *       of these data's words on the same page (a heading "Grade book: 7Б, Русский язык" names the class
 *       and the subject of the selects), a class name ("7Б"), one of the journal's codes that teachers
 *       write in English too (absence codes «Н», «Б», «У», «П», «ОП», period grades «зач», «незач», «н/а»),
 *       or a heading an import file must have (the file's format is Russian).
 *   <li>The language toggle names the other language in itself ("Русский"): it is not looked at.
 * </ul>
 *
 * The test fails listing every Russian text found: page, kind of element, text and the words at fault.
 */
class EnglishWalkBrowserIT extends DemoBrowserTest {

    /**
     * Runs in the page; returns {@code [chrome, data]}, each a list of {@code [kind, text]} pairs, only the
     * texts that have a Cyrillic letter.
     */
    private static final String COLLECT = """
            const CYR = /[\\u0400-\\u04FF]/;
            const chrome = [], data = [];
            const put = (list, kind, text) => {
              text = (text || '').replace(/\\s+/g, ' ').trim();
              if (CYR.test(text)) list.push([kind, text]);
            };
            const toggle = document.getElementById('topbarForm:language');
            const skipped = el => (toggle !== null && (el === toggle || toggle.contains(el)))
              || el.closest('[translate=no]') !== null;
            // the text of a piece of chrome, less the data marked in it
            const own = el => {
              const copy = el.cloneNode(true);
              copy.querySelectorAll('[translate=no]').forEach(d => d.remove());
              return copy.textContent;
            };
            // the label of a checkbox or radio button that stands for a record (its value holds an id)
            const choosesRecord = label => {
              const input = label.htmlFor ? document.getElementById(label.htmlFor) : label.querySelector('input');
              return input !== null && ['checkbox', 'radio'].includes(input.type) && /\\d/.test(input.value);
            };
            const CONTROLS = 'button, .ui-button, label, .ui-chkbox-label, .ui-radiobutton-label';
            const inRow = el => el.closest('tbody') !== null && el.closest('.ui-datatable-empty-message') === null;
            put(chrome, 'title', document.title);
            document.querySelectorAll('tbody td, tbody th').forEach(cell => {
              if (cell.closest('.ui-datatable-empty-message') !== null) return;
              const copy = cell.cloneNode(true);
              copy.querySelectorAll(CONTROLS).forEach(c => c.remove());
              put(data, 'cell', copy.textContent);
            });
            document.querySelectorAll('option').forEach(o => {
              if (/\\d/.test(o.value)) put(data, 'option', o.textContent); else put(chrome, 'option', o.textContent);
            });
            document.querySelectorAll('input, textarea').forEach(i => {
              const type = (i.getAttribute('type') || 'text').toLowerCase();
              if (['submit', 'button', 'reset'].includes(type)) put(chrome, 'button', i.value);
              else if (type !== 'hidden' && type !== 'password') put(data, 'field', i.value);
            });
            document.querySelectorAll('#currentUser, .topbar .school').forEach(e => put(data, 'top bar', e.textContent));
            document.querySelectorAll('[translate=no]').forEach(e => put(data, 'marked', e.textContent));
            document.querySelectorAll('label').forEach(l => { if (choosesRecord(l)) put(data, 'choice', l.textContent); });
            const KINDS = {
              'h1, h2, h3, h4, h5, h6': 'heading', 'legend, .ui-fieldset-legend': 'legend', 'caption': 'caption',
              'label, .ui-chkbox-label, .ui-radiobutton-label': 'label', 'p, dt': 'text',
              'thead th, [role=columnheader]': 'column header', 'button, .ui-button': 'button',
              '.ui-menuitem-text': 'menu item', '.ui-tabs-nav li': 'tab', '.ui-dialog-title': 'dialog title',
              '.ui-card-title, .ui-card-subtitle, .ui-panel-title': 'title',
              '.ui-messages, .ui-message, .ui-growl-message': 'message',
              '.ui-datatable-empty-message, .ui-paginator': 'table text', '.topbar .roles': 'roles'
            };
            for (const [selector, kind] of Object.entries(KINDS)) {
              document.querySelectorAll(selector).forEach(e => {
                if (!skipped(e) && !(e.matches('label') && choosesRecord(e))) put(chrome, kind, own(e));
              });
            }
            document.querySelectorAll('a').forEach(a => { if (!inRow(a) && !skipped(a)) put(chrome, 'link', own(a)); });
            document.querySelectorAll('[title], [placeholder], [aria-label], [alt]').forEach(e => {
              if (skipped(e) || (inRow(e) && !e.matches(CONTROLS))) return;
              for (const name of ['title', 'placeholder', 'aria-label', 'alt']) {
                if (e.hasAttribute(name)) put(chrome, name, e.getAttribute(name));
              }
            });
            return [chrome, data];
            """;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}/]*[\\u0400-\\u04FF][\\p{L}\\p{N}/]*");
    private static final Pattern CLASS_NAME = Pattern.compile("\\d{1,2}[А-ЯЁ]");

    /** The journal's codes, written the same in English. */
    private static final Set<String> CODES = Set.of("н", "б", "у", "п", "оп", "зач", "незач", "н/а");

    /** The headings a class list to import must have: the file's format (import.hint), Russian by design. */
    private static final Set<String> IMPORT_FILE_HEADINGS =
            words("Фамилия; Имя; Отчество; Дата рождения; Пол; Адрес; Телефон; Родитель: фамилия; Родитель: имя;"
                    + " Родитель: отчество; Родитель: телефон; Кем приходится");

    private final List<String> found = new ArrayList<>();

    @Test
    @DisplayName("The school administrator's pages in English")
    void admin() {
        walk("admin");
        assertNone();
    }

    @Test
    @DisplayName("The deputy director's pages in English")
    void deputyDirector() {
        walk("zavuch");
        assertNone();
    }

    @Test
    @DisplayName("A class teacher's pages in English")
    void classTeacher() {
        walk("ivanova");
        assertNone();
    }

    @Test
    @DisplayName("A subject teacher's pages in English")
    void subjectTeacher() {
        walk("popov");
        assertNone();
    }

    @Test
    @DisplayName("The region administrator's pages in English")
    void regionAdmin() {
        walk("region");
        assertNone();
    }

    @Test
    @DisplayName("A parent's pages in English")
    void parent() {
        walk("parent");
        assertNone();
    }

    @Test
    @DisplayName("A student's pages in English, and a refused password change explained in English")
    void student() {
        walk("student");
        browser.driver().get(base + "account/password.xhtml");
        type("passwordForm:current", "demo2026");
        type("passwordForm:newPassword", "English-walk-2026");
        type("passwordForm:repeated", "English-walk-2027");
        browser.driver().findElement(By.id("passwordForm:change")).click();
        String refusal = browser.waiting()
                .until(d -> {
                    String text = d.findElement(By.id("passwordForm:messages")).getText();
                    return text.isBlank() ? null : text;
                })
                .strip();
        if (WORD.matcher(refusal).find()) {
            found.add("student account/password.xhtml | refusal | " + refusal);
        } else {
            assertTrue(refusal.matches("(?s).*\\p{IsLatin}.*"), "an English refusal: " + refusal);
        }
        check("student account/password.xhtml (refused)");
        assertNone();
    }

    /** Signs in, switches to English and checks every page of the menu. */
    private void walk(String login) {
        LoginPage.signInAs(browser, base, login);
        browser.driver().findElement(By.id("topbarForm:language")).click();
        browser.waiting()
                .until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        Set<String> pages = new LinkedHashSet<>();
        pages.add(relative(browser.driver().getCurrentUrl()));
        // read at once in the page: the menu may be rendered again meanwhile
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) ((JavascriptExecutor) browser.driver())
                .executeScript("return Array.from(document.querySelectorAll('#menuForm a[href]'), a => a.href);");
        for (String href : links) {
            if (href.startsWith(base.toString()) && href.contains(".xhtml")) {
                pages.add(relative(href));
            }
        }
        for (String page : pages) {
            browser.driver().get(base + page);
            browser.waiting()
                    .until(d -> !d.findElements(By.tagName("main")).isEmpty()
                            || !d.findElements(By.tagName("form")).isEmpty());
            browser.waitForAjax();
            assertEquals(
                    "en",
                    browser.driver().findElement(By.tagName("html")).getAttribute("lang"),
                    page + " is not in English");
            check(login + " " + page);
        }
    }

    /** Looks at the open page: every Russian word of its chrome that is not data. */
    @SuppressWarnings("unchecked")
    private void check(String page) {
        List<List<List<String>>> texts =
                (List<List<List<String>>>) ((JavascriptExecutor) browser.driver()).executeScript(COLLECT);
        Set<String> data = new TreeSet<>();
        texts.get(1).forEach(pair -> data.addAll(words(pair.get(1))));
        Set<String> seen = new LinkedHashSet<>();
        for (List<String> pair : texts.get(0)) {
            Set<String> russian = new TreeSet<>(words(pair.get(1)));
            russian.removeIf(w -> data.contains(w)
                    || CODES.contains(w)
                    || IMPORT_FILE_HEADINGS.contains(w)
                    || CLASS_NAME.matcher(w).matches());
            if (!russian.isEmpty()) {
                String line = page + " | " + pair.get(0) + " | " + shorten(pair.get(1)) + " | " + russian;
                if (seen.add(line)) {
                    found.add(line);
                }
            }
        }
    }

    private void assertNone() {
        found.forEach(System.out::println);
        assertTrue(
                found.isEmpty(),
                found.size() + " Russian texts on English pages (page | element | text | words):\n"
                        + String.join("\n", found));
    }

    private void type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** The page's address below the application, without a fragment. */
    private String relative(String url) {
        int fragment = url.indexOf('#');
        return url.substring(base.toString().length(), fragment < 0 ? url.length() : fragment);
    }

    /** The Cyrillic words of a text, in lower case (class names keep their letter's case). */
    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            words.add(CLASS_NAME.matcher(w).matches() ? w : w.toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static String shorten(String text) {
        return text.length() <= 160 ? text : text.substring(0, 157) + "...";
    }
}
