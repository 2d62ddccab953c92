package ru.ejournal.monitoring.boundary;

import java.io.Serializable;
import java.util.List;

/** What the filters of a school's violation list offer. */
public record FilterOptions(
        List<Choice> teachers, List<Choice> classes, List<Choice> subjects, List<Choice> periods, Long currentPeriodId)
        implements Serializable {}
