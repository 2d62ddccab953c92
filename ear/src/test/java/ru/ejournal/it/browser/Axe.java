package ru.ejournal.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core (from the npm registry, unpacked by the build into {@code target/axe-core}) run in the page the
 * browser shows, with the WCAG 2 A and AA rules. The script goes in through WebDriver (the DevTools
 * protocol), which the page's Content Security Policy does not govern.
 */
public final class Axe {

    /** The impacts a page may not have. */
    private static final List<String> FORBIDDEN = List.of("serious", "critical");

    private static String script;

    private Axe() {}

    private static synchronized String script() {
        if (script == null) {
            Path file = Path.of(System.getProperty("axe.script", "target/axe-core/axe.min.js"));
            try {
                script = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is unpacked by the ear build into " + file, e);
            }
        }
        return script;
    }

    /**
     * The serious and critical violations of the page now shown, one line each (rule, impact, nodes, the
     * first selectors and the help text); empty when there are none.
     */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(90));
        if (!Boolean.TRUE.equals(js.executeScript("return !!window.axe;"))) {
            js.executeScript(script());
        }
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                                   resultTypes: ['violations']})
                   .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                         nodes: v.nodes.map(n => n.target.join(' ') + ' ' + (n.failureSummary || '')
                             .replace(/\\s+/g, ' ').slice(0, 200))}))))
                   .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));""");
        List<String> found = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            if (!FORBIDDEN.contains(String.valueOf(v.get("impact")))) {
                continue;
            }
            List<String> nodes = (List<String>) v.get("nodes");
            found.add(v.get("impact") + " " + v.get("id") + " (" + nodes.size() + " nodes): " + v.get("help")
                    + "\n      " + String.join("\n      ", nodes.subList(0, Math.min(nodes.size(), 8))));
        }
        return found;
    }
}
