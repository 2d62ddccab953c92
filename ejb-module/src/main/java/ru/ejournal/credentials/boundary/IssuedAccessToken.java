package ru.ejournal.credentials.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A token just created: the only time the token itself is handed out (it is stored as a hash). */
public record IssuedAccessToken(long id, String name, String token, Instant expiresAt) implements Serializable {}
