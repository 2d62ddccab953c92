package ru.ejournal.messaging.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A received message in the inbox list; {@code readAt} null while unread. */
public record InboxLine(
        long id, long messageId, String sender, String subject, Instant sentAt, Instant readAt, String about)
        implements Serializable {}
