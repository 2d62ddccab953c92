package ru.ejournal.batch.regionimport;

import jakarta.inject.Named;

/**
 * Reads the data records of one exchange file ({@code file}) of {@code inputDir}; the header row is
 * checked against the format. Restarted, it skips the records its checkpoint counts as done.
 * Reading has no side effects.
 */
@Named
public class CsvRowReader extends ExchangeFileReader {

    @Override
    public Object readItem() throws Exception {
        ImportRow row = records == null ? null : records.next();
        if (row != null) {
            recordsDone++;
        }
        return row;
    }
}
