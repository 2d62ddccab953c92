package ru.ejournal.timetable.boundary;

import java.io.Serializable;

/** An id and its label, for the timetable screens' select menus. */
public record Choice(Long id, String label) implements Serializable {}
