package ru.ejournal.messaging.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A message opened by its recipient. */
public record MessageText(
        long messageId, String sender, long senderAccountId, String subject, String body, Instant sentAt, String about)
        implements Serializable {}
