package ru.ejournal.student.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.ejournal.common.control.BusinessException;

class ClassListReaderTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    @DisplayName("A quoted line break stays inside its cell: the row is one row, reported by the line it begins on")
    void quotedLineBreak() {
        byte[] file = utf8WithBom("Фамилия;Имя;Адрес\r\n"
                + "Иванов;Иван;\"ул. Садовая, 1\r\nкв. 5\"\r\n"
                + "\r\n"
                + "Петров;Пётр;ул. Лесная\r\n");

        List<ClassListReader.Row> rows = ClassListReader.rows("7b.csv", file);

        assertEquals(
                List.of(
                        new ClassListReader.Row(1, List.of("Фамилия", "Имя", "Адрес")),
                        new ClassListReader.Row(2, List.of("Иванов", "Иван", "ул. Садовая, 1\r\nкв. 5")),
                        new ClassListReader.Row(5, List.of("Петров", "Пётр", "ул. Лесная"))),
                rows);
    }

    @Test
    @DisplayName("A UTF-8 byte order mark is no part of the first header; a quoted comma in a comma-separated"
            + " file and doubled quotes stay in the cell")
    void byteOrderMarkAndQuotedComma() {
        byte[] file =
                utf8WithBom("Фамилия,Имя,Место работы родителя\n" + "Сидорова,Анна,\"ООО \"\"Север\"\", склад\"\n");

        List<List<String>> rows = ClassListReader.read("list.csv", file);

        assertEquals(List.of("Фамилия", "Имя", "Место работы родителя"), rows.get(0));
        assertEquals(List.of("Сидорова", "Анна", "ООО \"Север\", склад"), rows.get(1));
    }

    @Test
    @DisplayName("Windows-1251 with «;»: cells trimmed, spaces around a quoted cell ignored")
    void windows1251() {
        byte[] file = "Фамилия ; Имя\r\n \"Ёлкин\" ;Пётр \r\n".getBytes(Charset.forName("windows-1251"));

        assertEquals(List.of(List.of("Фамилия", "Имя"), List.of("Ёлкин", "Пётр")), ClassListReader.read("a.csv", file));
    }

    @Test
    @DisplayName("An unclosed quote is refused with its line")
    void unclosedQuote() {
        byte[] file = "Фамилия;Имя\n\"Иванов;Иван\n".getBytes(StandardCharsets.UTF_8);

        BusinessException e = assertThrows(BusinessException.class, () -> ClassListReader.read("a.csv", file));
        assertEquals(true, e.getMessage().contains("Строка 2"), e.getMessage());
    }

    private static byte[] utf8WithBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(body, 0, file, BOM.length, body.length);
        return file;
    }
}
