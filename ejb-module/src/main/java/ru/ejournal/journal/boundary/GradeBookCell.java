package ru.ejournal.journal.boundary;

import java.io.Serializable;

/**
 * One cell of the journal grid as shown and typed: the absence code first, then the marks
 * («Н», «5», «ОП 4», «5 4»). {@code stamp} names the ids and versions of what the cell holds; a save
 * with a stale stamp is a conflict.
 */
public record GradeBookCell(String text, String stamp) implements Serializable {

    public static final GradeBookCell EMPTY = new GradeBookCell("", "");
}
