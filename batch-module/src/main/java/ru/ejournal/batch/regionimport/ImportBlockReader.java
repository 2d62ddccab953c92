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
import java.util.ArrayList;
import java.util.List;
import ru.ejournal.batch.common.Csv;

/**
 * Reads one exchange file ({@code file} of {@code inputDir}) in blocks of {@code blockSize} records, one
 * block an item (the step's chunk is one block); the header row is checked against the format, and the
 * block that ends the file says so. Restarted, it skips the records its checkpoint counts as done (the
 * blocks committed). Reading has no side effects.
 */
@Named
public class ImportBlockReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String inputDir;

    @Inject
    @BatchProperty
    String file;

    @Inject
    @BatchProperty
    String blockSize;

    private BufferedReader in;
    private Csv.Parser parser;
    private long recordsDone;
    private ImportRow ahead;

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
        for (long i = 0; i < skip && nextRecord() != null; i++) {
            recordsDone++;
        }
        ahead = nextRecord();
    }

    @Override
    public Object readItem() throws Exception {
        if (ahead == null) {
            return null;
        }
        int size = blockSize == null || blockSize.isBlank() ? 10_000 : Math.max(1, Integer.parseInt(blockSize.trim()));
        List<ImportRow> rows = new ArrayList<>(Math.min(size, 10_000));
        while (ahead != null && rows.size() < size) {
            rows.add(ahead);
            ahead = nextRecord();
        }
        recordsDone += rows.size();
        return new ImportBlock(file, rows, ahead == null);
    }

    private ImportRow nextRecord() throws Exception {
        List<String> record = parser.next();
        while (record != null && record.size() == 1 && record.get(0).isBlank()) {
            record = parser.next();
        }
        return record == null ? null : new ImportRow(file, parser.recordLine(), record);
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
