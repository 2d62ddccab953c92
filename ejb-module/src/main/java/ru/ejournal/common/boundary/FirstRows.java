package ru.ejournal.common.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * The first rows of a list and how many rows it has in all: what a home card shows ("3 of 12"), read in one
 * service call (one caller lookup, one transaction) instead of a call for the rows and another for the count.
 */
public record FirstRows<T extends Serializable>(List<T> rows, long total) implements Serializable {

    public FirstRows {
        rows = List.copyOf(rows);
    }

    /** How many rows are not among the first. */
    public long more() {
        return Math.max(0, total - rows.size());
    }
}
