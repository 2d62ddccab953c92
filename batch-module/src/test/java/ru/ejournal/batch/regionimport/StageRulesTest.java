package ru.ejournal.batch.regionimport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import ru.ejournal.batch.common.TableRows;

class StageRulesTest {

    private static ImportRow row(String file, String csv) {
        return new ImportRow(file, 2, Arrays.asList(csv.split(",", -1)));
    }

    @Test
    @DisplayName("A good record becomes its staging values: empty optional fields null, codes normalized")
    void stagesNormalizedValues() throws Exception {
        assertArrayEquals(
                new String[] {"S1", "L1", "5А", null, "MATH", "t01", "2025-09-01", "1", null, "true"},
                StageRules.stage(row("lessons.csv", "S1,L1,5А,,MATH,t01,2025-09-01,1,,TRUE")));
        assertArrayEquals(new String[] {"S1", "L1", "P1", "N"}, StageRules.stage(row("absences.csv", "S1,L1,P1,Н")));
        assertArrayEquals(
                new String[] {"S1", "P1", "MATH", "Q1", "ЗАЧ"},
                StageRules.stage(row("period_grades.csv", "S1,P1,MATH,Q1,зач")));
    }

    @Test
    @DisplayName("A bad record is refused with the reason the row-by-row import gives")
    void refusesWithReason() {
        assertEquals(
                "отметка должна быть от 1 до 5",
                assertThrows(BadRowException.class, () -> StageRules.stage(row("marks.csv", "S1,L1,P1,7,ORAL,1")))
                        .getMessage());
        assertEquals(
                "неверная дата в date: 2025-13-01",
                assertThrows(
                                BadRowException.class,
                                () -> StageRules.stage(row("lessons.csv", "S1,L1,5А,,MATH,t01,2025-13-01,1,Тема,true")))
                        .getMessage());
        assertEquals(
                "last_name: допустимы только буквы, пробел, апостроф и дефис",
                assertThrows(
                                BadRowException.class,
                                () -> StageRules.stage(row("students.csv", "S1,X1,5А,<b>,Иван,,2014-01-01,M")))
                        .getMessage());
        assertEquals(
                "ожидается полей: 4, в строке: 3",
                assertThrows(BadRowException.class, () -> StageRules.stage(row("absences.csv", "S1,L1,P1")))
                        .getMessage());
    }

    @Test
    @DisplayName("COPY text format escapes backslash, tab and line ends, and writes null as \\N")
    void copyEscapes() {
        StringBuilder out = new StringBuilder();
        for (String value : List.of("a\\b", "x\ty", "1\r\n2")) {
            TableRows.appendCopyValue(out, value);
            out.append('|');
        }
        TableRows.appendCopyValue(out, null);
        assertEquals("a\\\\b|x\\ty|1\\r\\n2|\\N", out.toString());
    }
}
