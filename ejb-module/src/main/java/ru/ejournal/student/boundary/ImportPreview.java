package ru.ejournal.student.boundary;

import java.io.Serializable;
import java.util.List;

/** The rows of an imported file and what would happen to each; nothing is saved yet. */
public record ImportPreview(List<ImportRow> rows) implements Serializable {

    public long count(ImportRow.Status status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }

    public long newRows() {
        return count(ImportRow.Status.NEW);
    }

    public long existingRows() {
        return count(ImportRow.Status.EXISTS);
    }

    public long errorRows() {
        return count(ImportRow.Status.ERROR);
    }
}
