package ru.ejournal.batch.regionimport;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import ru.ejournal.batch.common.Csv;

/**
 * Reads the data records of one exchange file ({@code file}) of {@code inputDir}; the header row is
 * checked against the format. Restarted, it skips the records its checkpoint counts as done.
 * Reading has no side effects.
 */
@Named
public class CsvRowReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String inputDir;

    @Inject
    @BatchProperty
    String file;

    private BufferedReader in;
    private Csv.Parser parser;
    private long recordsDone;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        InputStream stream = ExchangeFiles.open(inputDir, file);
        if (stream == null) {
            return;
        }
        in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 1 << 16);
        parser = new Csv.Parser(in);
        List<String> header = parser.next();
        List<String> expected = ExchangeFormat.header(file);
        if (header == null
                || !expected.equals(header.stream().map(String::strip).toList())) {
            throw new IllegalStateException("Заголовок " + file + " должен быть: " + String.join(",", expected));
        }
        long skip = checkpoint instanceof ImportCheckpoint c ? c.recordsDone() : 0;
        while (recordsDone < skip && nextRecord() != null) {
            recordsDone++;
        }
    }

    @Override
    public Object readItem() throws Exception {
        if (parser == null) {
            return null;
        }
        List<String> record = nextRecord();
        if (record == null) {
            return null;
        }
        recordsDone++;
        return new ImportRow(file, parser.recordLine(), record);
    }

    private List<String> nextRecord() throws Exception {
        List<String> record = parser.next();
        while (record != null && record.size() == 1 && record.get(0).isBlank()) {
            record = parser.next();
        }
        return record;
    }

    @Override
    public Serializable checkpointInfo() {
        return new ImportCheckpoint(file, recordsDone);
    }

    @Override
    public void close() throws Exception {
        if (in != null) {
            in.close();
        }
    }
}
