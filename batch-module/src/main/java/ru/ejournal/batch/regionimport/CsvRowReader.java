package ru.ejournal.batch.regionimport;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

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

    private ExchangeFileRecords records;
    private long recordsDone;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        recordsDone = checkpoint instanceof ImportCheckpoint c ? c.recordsDone() : 0;
        records = ExchangeFileRecords.open(inputDir, file, recordsDone);
    }

    @Override
    public Object readItem() throws Exception {
        ImportRow row = records == null ? null : records.next();
        if (row != null) {
            recordsDone++;
        }
        return row;
    }

    @Override
    public Serializable checkpointInfo() {
        return new ImportCheckpoint(file, recordsDone);
    }

    @Override
    public void close() throws Exception {
        if (records != null) {
            records.close();
        }
    }
}
