package ru.ejournal.batch.regionimport;

import java.io.Serializable;

/** The position in one exchange file: how many data records are done (committed). */
public record ImportCheckpoint(String file, long recordsDone) implements Serializable {}
