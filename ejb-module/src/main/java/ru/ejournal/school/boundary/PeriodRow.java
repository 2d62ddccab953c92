package ru.ejournal.school.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import ru.ejournal.school.entity.StudyPeriod;
import ru.ejournal.school.entity.StudyPeriodKind;

/**
 * A study period as the year page shows and edits it; {@code id} is null for a period not stored
 * yet, {@code version} is the one read (optimistic locking).
 */
public record PeriodRow(
        Long id,
        String code,
        String name,
        StudyPeriodKind kind,
        LocalDate startDate,
        LocalDate endDate,
        boolean closed,
        long version)
        implements Serializable {

    public static PeriodRow of(StudyPeriod p) {
        return new PeriodRow(
                p.getId(),
                p.getCode(),
                p.getName(),
                p.getKind(),
                p.getStartDate(),
                p.getEndDate(),
                p.isClosed(),
                p.getVersion());
    }

    /** A new period (not stored yet). */
    public static PeriodRow proposed(
            String code, String name, StudyPeriodKind kind, LocalDate startDate, LocalDate endDate) {
        return new PeriodRow(null, code, name, kind, startDate, endDate, false, 0);
    }

    public PeriodRow withDates(LocalDate start, LocalDate end) {
        return new PeriodRow(id, code, name, kind, start, end, closed, version);
    }
}
