package ru.ejournal.monitoring.boundary;

import java.io.Serializable;

/** An id and its label, for the filters of the violation lists. */
public record Choice(Long id, String label) implements Serializable {}
