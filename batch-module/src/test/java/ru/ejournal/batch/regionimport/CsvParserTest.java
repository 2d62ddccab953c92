package ru.ejournal.batch.regionimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.ejournal.batch.common.Csv;

class CsvParserTest {

    @Test
    @DisplayName("RFC 4180: quoted commas, doubled quotes and line breaks; the line number of each record")
    void quotedFieldsAndLineNumbers() throws Exception {
        Csv.Parser p =
                new Csv.Parser(new StringReader("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",z\r\nlast,\r\n"));
        assertEquals(List.of("a", "b"), p.next());
        assertEquals(List.of("x, y", "say \"hi\""), p.next());
        assertEquals(2, p.recordLine());
        assertEquals(List.of("two\nlines", "z"), p.next());
        assertEquals(3, p.recordLine());
        assertEquals(List.of("last", ""), p.next());
        assertEquals(5, p.recordLine());
        assertNull(p.next());
    }

    @Test
    @DisplayName("A UTF-8 byte order mark is skipped; a record after a quoted line break and an empty line keeps its"
            + " own line")
    void byteOrderMarkQuotedLineBreakAndCommaWithLines() throws Exception {
        Csv.Parser p = new Csv.Parser(
                new StringReader("\uFEFFschool_code,name\n001,\"Школа, №\n17\"\n\n002,\"Лицей \"\"Север\"\"\"\n"));
        assertEquals(List.of("school_code", "name"), p.next());
        assertEquals(1, p.recordLine());
        assertEquals(List.of("001", "Школа, №\n17"), p.next());
        assertEquals(2, p.recordLine());
        assertEquals(List.of(""), p.next(), "an empty line is a record of one empty field");
        assertEquals(4, p.recordLine());
        assertEquals(List.of("002", "Лицей \"Север\""), p.next());
        assertEquals(5, p.recordLine());
        assertNull(p.next());
    }

    @Test
    @DisplayName("An unclosed quote refuses the file with the line where its record began")
    void unclosedQuote() throws Exception {
        Csv.Parser p = new Csv.Parser(new StringReader("a,b\n\"open,\nc\n"));
        assertEquals(List.of("a", "b"), p.next());
        IOException e = assertThrows(IOException.class, p::next);
        assertTrue(e.getMessage().contains("Незакрытая кавычка в строке 2"), e.getMessage());
    }

    @Test
    @DisplayName("A record that runs on without end is refused before it is held in memory whole")
    void endlessRecordRefused() throws Exception {
        Csv.Parser p = new Csv.Parser(new StringReader("a\n\"" + "x\n".repeat(200_000)), 100);
        assertEquals(List.of("a"), p.next());
        IOException e = assertThrows(IOException.class, p::next);
        assertTrue(e.getMessage().contains("начатая в строке 2"), e.getMessage());
    }
}
