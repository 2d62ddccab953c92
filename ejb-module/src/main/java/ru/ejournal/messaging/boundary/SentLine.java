package ru.ejournal.messaging.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A sent message with its read receipts in short: read by {@code read} of {@code recipients}. */
public record SentLine(long messageId, String subject, Instant sentAt, long recipients, long read)
        implements Serializable {}
