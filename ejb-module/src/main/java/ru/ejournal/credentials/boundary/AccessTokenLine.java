package ru.ejournal.credentials.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A personal access token in its owner's list: never the token itself, only its first characters. */
public record AccessTokenLine(
        long id,
        String name,
        String prefix,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt,
        boolean active)
        implements Serializable {}
