package ru.ejournal.batch.regionimport;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import java.io.Serializable;

/**
 * A reader of the data records of one exchange file ({@code file} of {@code inputDir}); the header row is
 * checked against the format. Its checkpoint counts the records done, so that a restarted step skips them.
 */
public abstract class ExchangeFileReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String inputDir;

    @Inject
    @BatchProperty
    String file;

    /** The file's records after those done; none when the file is absent. */
    protected ExchangeFileRecords records;

    /** How many records the committed chunks hold. */
    protected long recordsDone;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        recordsDone = checkpoint instanceof ImportCheckpoint c ? c.recordsDone() : 0;
        records = ExchangeFileRecords.open(inputDir, file, recordsDone);
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
