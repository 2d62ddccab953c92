package ru.ejournal.journal.boundary;

import java.io.Serializable;

/** An id and its label, for the select menus of the lesson changes. */
public record LessonChoice(Long id, String label) implements Serializable {}
