package ru.ejournal.batch.regionimport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ImportTextsTest {

    @Test
    @DisplayName("The staged load's SQL gives a bad row the same Russian reason as the row-by-row path")
    void sqlOfAText() {
        assertEquals(
                "'неизвестный class_code: ' || s.c3",
                ImportTexts.sql("batch.import.unknown", "class_code", new ImportTexts.Expr("s.c3")));
        assertEquals(
                "'неизвестный код школы: ' || s.c1",
                ImportTexts.sql("batch.import.unknownSchool", new ImportTexts.Expr("s.c1")));
        assertEquals(
                "'Импорт (задание 7): marks.csv, строка ' || CAST(h.line_no AS VARCHAR)",
                ImportTexts.sql(
                        "batch.import.history", 7L, "marks.csv", new ImportTexts.Expr("CAST(h.line_no AS VARCHAR)")));
        assertEquals(
                "'учебный период закрыт: его отметки, пропуски и итоговые отметки не меняются (откройте период"
                        + " заново)'",
                ImportTexts.sql("batch.import.periodClosed"));
    }

    @Test
    @DisplayName("A quote in a value is doubled in the SQL literal")
    void quoteDoubled() {
        assertEquals(
                "'неизвестный O''Brien: ' || s.c2",
                ImportTexts.sql("batch.import.unknown", "O'Brien", new ImportTexts.Expr("s.c2")));
    }
}
