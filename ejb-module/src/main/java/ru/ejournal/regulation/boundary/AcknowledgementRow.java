package ru.ejournal.regulation.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A parent of the class and whether (and how) they acknowledged the current regulation. */
public record AcknowledgementRow(
        Long parentId, String parentName, String children, Instant acknowledgedAt, boolean onPaper, String recordedBy)
        implements Serializable {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
