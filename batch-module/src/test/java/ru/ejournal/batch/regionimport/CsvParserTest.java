package ru.ejournal.batch.regionimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
