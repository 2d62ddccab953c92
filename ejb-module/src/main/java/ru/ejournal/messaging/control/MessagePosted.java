package ru.ejournal.messaging.control;

/**
 * A message was stored with its recipients. Fired inside the sending transaction; the e-mail copy
 * observes it only after that transaction commits, so a rolled-back message is never mailed.
 */
public record MessagePosted(long messageId) {}
