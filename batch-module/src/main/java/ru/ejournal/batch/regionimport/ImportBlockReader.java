package ru.ejournal.batch.regionimport;

import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one exchange file ({@code file} of {@code inputDir}) in blocks of {@code blockSize} records, one
 * block an item (the step's chunk is one block); the header row is checked against the format, and the
 * block that ends the file says so. Restarted, it skips the records its checkpoint counts as done (the
 * blocks committed). Reading has no side effects.
 */
@Named
public class ImportBlockReader extends ExchangeFileReader {

    @Inject
    @BatchProperty
    String blockSize;

    private ImportRow ahead;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        super.open(checkpoint);
        ahead = records == null ? null : records.next();
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
            ahead = records.next();
        }
        recordsDone += rows.size();
        return new ImportBlock(file, rows, ahead == null);
    }
}
