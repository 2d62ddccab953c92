package ru.ejournal.web.common;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import ru.ejournal.operations.boundary.AnalyticsPeriod;

/** The study period a report page shows: the periods of the school to choose from and the chosen one. */
public class PeriodChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<AnalyticsPeriod> options = List.of();
    private Long id;

    /** Offers the periods with the one a report shows first chosen (see {@link AnalyticsPeriod#shownFirst}). */
    public void offer(List<AnalyticsPeriod> periods) {
        options = periods;
        id = AnalyticsPeriod.shownFirst(periods, LocalDate.now());
    }

    /** The chosen period, if one of the offered is chosen. */
    public Optional<AnalyticsPeriod> chosen() {
        return options.stream().filter(p -> Objects.equals(p.id(), id)).findFirst();
    }

    /** The chosen period's code in lower case for a file name, or {@code period} when none is chosen. */
    public String fileCode() {
        return chosen().map(p -> p.code().toLowerCase(Locale.ROOT)).orElse("period");
    }

    public List<AnalyticsPeriod> getOptions() {
        return options;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
