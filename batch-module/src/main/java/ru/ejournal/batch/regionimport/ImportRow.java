package ru.ejournal.batch.regionimport;

import java.io.Serializable;
import java.util.List;

/** One data record of an exchange file with the line on which it starts. */
public record ImportRow(String file, long line, List<String> fields) implements Serializable {

    public String get(int index) {
        return index < fields.size() ? fields.get(index).strip() : "";
    }
}
