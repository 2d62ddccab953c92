package ru.ejournal.batch.regionimport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import ru.ejournal.batch.common.Csv;
import ru.ejournal.common.control.Texts;

/**
 * The data records of one exchange file, for the import's readers (row by row and in blocks): the header
 * row checked against the format, blank lines passed over, and on a restart the records already done
 * skipped.
 */
final class ExchangeFileRecords implements AutoCloseable {

    private final String file;
    private final BufferedReader in;
    private final Csv.Parser parser;

    private ExchangeFileRecords(String file, InputStream stream) throws IOException {
        this.file = file;
        this.in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 1 << 16);
        this.parser = new Csv.Parser(in);
    }

    /** The file's records after the first {@code skip}, or {@code null} when the set has no such file. */
    static ExchangeFileRecords open(String inputDir, String file, long skip) throws Exception {
        InputStream stream = ExchangeFiles.open(inputDir, file);
        if (stream == null) {
            return null;
        }
        ExchangeFileRecords records = new ExchangeFileRecords(file, stream);
        List<String> header = records.parser.next();
        List<String> expected = ExchangeFormat.header(file);
        if (header == null
                || !expected.equals(header.stream().map(String::strip).toList())) {
            records.close();
            throw new IllegalStateException(Texts.text("batch.import.header", file, String.join(",", expected)));
        }
        for (long i = 0; i < skip && records.next() != null; i++) {
            // skipped: done before the restart
        }
        return records;
    }

    /** The next data record with its line, or {@code null} at the end of the file. */
    ImportRow next() throws Exception {
        List<String> record = parser.next();
        while (record != null && record.size() == 1 && record.get(0).isBlank()) {
            record = parser.next();
        }
        return record == null ? null : new ImportRow(file, parser.recordLine(), record);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
