package ru.ejournal.batch.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The CSV writer neutralizes formulas; the parser refuses an overlong field. */
class CsvSecurityTest {

    @Test
    @DisplayName("Cells that a spreadsheet would run as formulas are written as text; numbers stay numbers")
    void formulasNeutralized() throws IOException {
        StringWriter out = new StringWriter();
        Csv.write(
                out,
                List.of(
                        "=HYPERLINK(\"http://x\",\"y\")",
                        "+7 999",
                        "-2+3",
                        "@SUM(A1)",
                        "\tcmd",
                        "\r=1",
                        "-1.5",
                        "+3",
                        "42",
                        "Иванов",
                        ""));
        List<String> back = new Csv.Parser(new StringReader(out.toString())).next();

        assertEquals(
                List.of(
                        "'=HYPERLINK(\"http://x\",\"y\")",
                        "'+7 999",
                        "'-2+3",
                        "'@SUM(A1)",
                        "'\tcmd",
                        "'\r=1",
                        "-1.5",
                        "+3",
                        "42",
                        "Иванов",
                        ""),
                back);
    }

    @Test
    @DisplayName("A field longer than the limit is refused with a Russian reason, quoted or not")
    void overlongFieldRefused() throws IOException {
        String longField = "x".repeat(101);
        IOException plain = assertThrows(
                IOException.class, () -> new Csv.Parser(new StringReader("a," + longField + "\n"), 100).next());
        assertTrue(plain.getMessage().contains("Поле длиннее 100 символов"), plain.getMessage());
        assertThrows(IOException.class, () -> new Csv.Parser(new StringReader("\"" + longField + "\"\n"), 100).next());
        assertEquals(
                List.of("a", "x".repeat(100)),
                new Csv.Parser(new StringReader("a," + "x".repeat(100) + "\n"), 100).next());
    }
}
