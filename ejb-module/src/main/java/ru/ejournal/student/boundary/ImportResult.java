package ru.ejournal.student.boundary;

import java.io.Serializable;

/** What an import entered. */
public record ImportResult(int students, int parents, int linkedParents, int skipped) implements Serializable {}
