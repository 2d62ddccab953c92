package ru.ejournal.school.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import ru.ejournal.school.entity.AcademicYear;

/** An academic year as the year page shows it; {@code version} is the one read. */
public record YearRow(Long id, String name, LocalDate startDate, LocalDate endDate, boolean current, long version)
        implements Serializable {

    public static YearRow of(AcademicYear y) {
        return new YearRow(y.getId(), y.getName(), y.getStartDate(), y.getEndDate(), y.isCurrent(), y.getVersion());
    }
}
