package ru.ejournal.batch.regionimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowReaderTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("An exchange file with a byte order mark, a quoted comma and a quoted line break: every record"
            + " with the line it begins on, restarted after the checkpoint")
    void byteOrderMarkQuotedCommaAndLineBreak() throws Exception {
        Files.writeString(
                dir.resolve("schools.csv"),
                "\uFEFFschool_code,name\r\n"
                        + "S1,\"Школа №1, корпус 2\"\r\n"
                        + "S2,\"Лицей\r\nна Садовой\"\r\n"
                        + "\r\n"
                        + "S3,Гимназия\r\n",
                StandardCharsets.UTF_8);
        CsvRowReader reader = reader();
        reader.open(null);

        assertEquals(new ImportRow("schools.csv", 2, List.of("S1", "Школа №1, корпус 2")), reader.readItem());
        assertEquals(new ImportRow("schools.csv", 3, List.of("S2", "Лицей\r\nна Садовой")), reader.readItem());
        ImportCheckpoint checkpoint = (ImportCheckpoint) reader.checkpointInfo();
        assertEquals(new ImportRow("schools.csv", 6, List.of("S3", "Гимназия")), reader.readItem());
        assertNull(reader.readItem());
        reader.close();

        CsvRowReader restarted = reader();
        restarted.open(checkpoint);
        assertEquals(new ImportRow("schools.csv", 6, List.of("S3", "Гимназия")), restarted.readItem());
        restarted.close();
    }

    private CsvRowReader reader() {
        CsvRowReader reader = new CsvRowReader();
        reader.inputDir = dir.toString();
        reader.file = "schools.csv";
        return reader;
    }
}
