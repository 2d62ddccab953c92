package ru.ejournal.diary.boundary;

import java.io.Serializable;

/** A child whose diary the caller may read: «Алексеева Полина, 7Б». */
public record ChildOption(long id, String label) implements Serializable {}
