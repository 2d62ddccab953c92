package ru.ejournal.regulation.boundary;

import java.io.Serializable;
import java.time.Instant;

/** The current regulation as a parent reads it. */
public record RegulationText(Long id, String title, String body, boolean hasPdf, Instant publishedAt)
        implements Serializable {}
