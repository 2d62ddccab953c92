package ru.ejournal.batch.regionimport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ImportRowWriterTest {

    @Test
    @DisplayName("Referenced rows are inserted before the rows that refer to them, whatever the row order")
    void referencedTablesFirst() {
        assertTrue(ImportRowWriter.rank("INSERT INTO work_type (id) VALUES (?)")
                < ImportRowWriter.rank("INSERT INTO mark (id) VALUES (?)"));
        assertTrue(ImportRowWriter.rank("INSERT INTO staff_member (id) VALUES (?)")
                < ImportRowWriter.rank("INSERT INTO user_account (id) VALUES (?)"));
        assertTrue(ImportRowWriter.rank("INSERT INTO academic_year (id) VALUES (?)")
                < ImportRowWriter.rank("INSERT INTO study_period (id) VALUES (?)"));
    }
}
