package ru.ejournal.region.boundary;

import java.io.Serializable;
import ru.ejournal.school.entity.PeriodType;

/** What the region administrator types for a school: its code, name, address and kind of periods. */
public record SchoolForm(String code, String name, String address, PeriodType periodType) implements Serializable {}
