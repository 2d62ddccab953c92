package ru.ejournal.operations.boundary;

import java.io.Serializable;

/** How many marks of one value (2…5) were given in a period: the grade distribution of the analytics screens. */
public record MarkCount(int mark, long count) implements Serializable {}
