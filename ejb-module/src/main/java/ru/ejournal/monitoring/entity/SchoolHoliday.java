package ru.ejournal.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import ru.ejournal.common.entity.SchoolOwned;
import ru.ejournal.school.entity.School;

/** A day without lessons inside a study period (праздник, карантин): monitoring reports nothing for it. */
@Entity
@Table(
        name = "school_holiday",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_school_holiday",
                        columnNames = {"school_id", "holiday_date"}))
@NamedQueries({
    @NamedQuery(
            name = "SchoolHoliday.findBySchoolAndDates",
            query = "SELECT h FROM SchoolHoliday h WHERE h.school.id = :schoolId"
                    + " AND h.date BETWEEN :from AND :to ORDER BY h.date")
})
public class SchoolHoliday extends SchoolOwned {

    @Column(name = "holiday_date", nullable = false)
    private LocalDate date;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    protected SchoolHoliday() {}

    public SchoolHoliday(School school, LocalDate date, String name) {
        super(school);
        this.date = date;
        this.name = name;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getName() {
        return name;
    }
}
