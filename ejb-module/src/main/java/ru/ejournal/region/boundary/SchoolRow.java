package ru.ejournal.region.boundary;

import java.io.Serializable;
import ru.ejournal.school.entity.PeriodType;

/** A school of the region as its list shows it, with the number of its administrators' accounts. */
public record SchoolRow(Long id, String code, String name, String address, PeriodType periodType, long administrators)
        implements Serializable {}
