package ru.ejournal.monitoring.boundary;

import java.io.Serializable;

/** What a revert of an alert did: marks set back (restored, removed), and marks left as they are. */
public record RevertResult(int reverted, int skipped) implements Serializable {}
