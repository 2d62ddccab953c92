package ru.ejournal.common.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ru.ejournal.security.control.AccessDeniedException;

class TextsTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    /** Every bundle of texts: the Russian file (no suffix) and its English twin. */
    static Stream<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.list(RESOURCES.resolve("ru/ejournal/texts"))) {
            return Stream.concat(
                    files
                            .filter(f -> f.toString().endsWith(".properties")
                                    && !f.toString().contains("_"))
                            .sorted()
                            .toList()
                            .stream(),
                    Stream.of(RESOURCES.resolve("ValidationMessages.properties")));
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyTextIsInRussianAndInEnglishAndParses(Path russian) throws IOException {
        String name = russian.getFileName().toString();
        Path english = russian.resolveSibling(
                name.equals("ValidationMessages.properties")
                        ? "EnglishValidationMessages.properties"
                        : name.replace(".properties", "_en.properties"));
        Properties ru = load(russian);
        Properties en = load(english);
        assertEquals(
                new TreeSet<>(ru.stringPropertyNames()),
                new TreeSet<>(en.stringPropertyNames()),
                "the keys of " + russian.getFileName() + " and " + english.getFileName());
        String area = russian.getFileName().toString().replace(".properties", "");
        for (String key : ru.stringPropertyNames()) {
            if (!area.equals("ValidationMessages")) {
                assertTrue(key.startsWith(area + "."), key + " belongs to the area " + area);
                new MessageFormat(ru.getProperty(key), Texts.RUSSIAN);
                new MessageFormat(en.getProperty(key), Locale.ENGLISH);
            }
            assertFalse(
                    en.getProperty(key)
                            .codePoints()
                            .anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC),
                    key + " in English has Cyrillic letters: " + en.getProperty(key));
        }
    }

    @Test
    void aRefusalSpeaksTheViewersLanguageAndRussianByDefault() {
        BusinessException e = new BusinessException("common.noAccess");
        assertEquals("Нет доступа к этим данным", e.getMessage());
        assertEquals("Нет доступа к этим данным", e.message(Texts.RUSSIAN));
        assertEquals("You have no access to these data", e.message(Locale.ENGLISH));
        assertEquals("Нет доступа к этим данным", e.message(Locale.GERMAN), "a language the journal does not speak");
        AccessDeniedException denied = new AccessDeniedException("common.noAccess");
        assertEquals("You have no access to these data", denied.message(Locale.forLanguageTag("en-GB")));
    }

    @Test
    void noBundleOfValidationMessagesIsNamedForTheServersLocale() {
        // WildFly's own interpolator would pick it by the server's locale (see JournalMessageInterpolator)
        assertFalse(Files.exists(RESOURCES.resolve("ValidationMessages_en.properties")));
    }

    @Test
    void aTextThatIsNotAKeyIsShownAsItIs() {
        BusinessException e = new BusinessException("Отметка не выставлена");
        assertEquals("Отметка не выставлена", e.message(Locale.ENGLISH));
    }

    @Test
    void argumentsPrintAsTheyAreWithoutGroupingOrQuotesLost() {
        assertEquals("a 12345 b", Texts.format("a {0} b", Texts.RUSSIAN, 12345));
        assertEquals("can't 7", Texts.format("can''t {0}", Locale.ENGLISH, 7));
        assertEquals("can't", Texts.format("can''t", Locale.ENGLISH));
    }

    @Test
    void validationKeysAreResolvedInTheAskedLanguageNeverTheServers() {
        assertEquals(
                "x {jakarta.validation.constraints.NotNull.message}",
                JournalMessageInterpolator.ownKeys(
                        "x {jakarta.validation.constraints.NotNull.message}", Locale.ENGLISH));
        assertEquals("{no.such.key}", JournalMessageInterpolator.ownKeys("{no.such.key}", Texts.RUSSIAN));
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
