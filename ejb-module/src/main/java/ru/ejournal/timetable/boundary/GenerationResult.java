package ru.ejournal.timetable.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What one lesson generation did: lessons created, moved, removed, held for the administrator's
 * decision, kept by an earlier decision, and left as they were; and the closed study periods whose days
 * it left as they were (known for the run just made; a run of the list has none).
 */
public record GenerationResult(
        Long generationId,
        LocalDate from,
        LocalDate to,
        int created,
        int moved,
        int removed,
        int held,
        int kept,
        int unchanged,
        List<String> closedPeriods)
        implements Serializable {

    /** The closed periods' names, for the page. */
    public String closedNames() {
        return String.join(", ", closedPeriods);
    }
}
