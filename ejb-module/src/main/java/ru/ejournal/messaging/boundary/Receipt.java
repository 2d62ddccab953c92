package ru.ejournal.messaging.boundary;

import java.io.Serializable;
import java.time.Instant;

/** Who received a message, about which child, and when they read it (null: not yet). */
public record Receipt(String recipient, String about, Instant readAt) implements Serializable {}
