package ru.ejournal.batch.regionimport;

import java.io.Serializable;
import java.util.List;

/**
 * A block after the checks that need no database: the staging values of the records that passed (with
 * their lines) and the records refused, with their reasons.
 */
public record StagedBlock(String file, int read, List<Staged> staged, List<Refused> refused, boolean last)
        implements Serializable {

    public record Staged(long line, String[] values) implements Serializable {}

    public record Refused(long line, String reason) implements Serializable {}
}
