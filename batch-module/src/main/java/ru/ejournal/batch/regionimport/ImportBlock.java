package ru.ejournal.batch.regionimport;

import java.io.Serializable;
import java.util.List;

/** A chunk's records of one exchange file; {@code last} when the file ends with them. */
public record ImportBlock(String file, List<ImportRow> rows, boolean last) implements Serializable {}
