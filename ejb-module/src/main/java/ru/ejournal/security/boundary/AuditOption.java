package ru.ejournal.security.boundary;

import java.io.Serializable;

/** A pupil, a parent or an account to choose on the audit screen. */
public record AuditOption(long id, String label) implements Serializable {}
