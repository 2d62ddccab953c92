package ru.ejournal.classteacher.boundary;

import java.io.Serializable;

/** An id and its label, for select menus. */
public record Option(Long id, String label) implements Serializable {}
